package se.tryggstad.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident attaches a phone photo (with GPS) to the plain report form; the tracking page shows it
 * without the position. A HEIC photo gets its message at the field. Accessibility and phone width.
 */
@ExtendWith(ArquillianExtension.class)
class ReportPhotoBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    private static final String STAFF_PASSWORD = TestAccounts.PASSWORD;
    private static String staffUsername;
    private static ApiClient staff;

    @TempDir
    Path files;

    private Browser browser;

    @BeforeAll
    static void staffAccount() {
        staffUsername = TestAccounts.create("fotostaff", "STAFF");
        staff = TestAccounts.signedIn(staffUsername);
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start().asPhone();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void fill(String place) {
        new Select(browser.byId("report:category")).selectByValue("skadegorelse");
        browser.byId("report:place").sendKeys(place);
        browser.byId("report:description").sendKeys("Sönderslagen bänk vid lekplatsen.");
    }

    @Test
    void aResidentAttachesAPhotoAndSeesItWithoutItsPositionOnTheTrackingPage() throws IOException, InterruptedException {
        Path photo = Files.write(files.resolve("IMG_2024.jpg"), PhotoFixtures.jpegWithGps(1200, 900));
        browser.open("/rapportera.xhtml");
        fill(TestServer.uniqueName("Bergshamra lekplats"));
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the form");
        browser.byId("report:photos").sendKeys(photo.toAbsolutePath().toString());
        browser.byId("report:submit").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("report-reference")));
        String reference = browser.byId("report-reference").getText();

        browser.byId("tracking-link").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-photos img")));
        WebElement thumbnail = browser.find(By.cssSelector(".report-photos img"));
        browser.until(driver -> ((Number) browser.script("return arguments[0].naturalWidth;", thumbnail)).intValue() > 0);
        assertFalse(thumbnail.getAttribute("alt").isBlank());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the tracking page");
        assertEquals(0, browser.sidewaysOverflow());

        HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        TestServer.uri("/api/reports/" + reference + "/photos/1")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        assertNotNull(PhotoFixtures.gpsOf(Files.readAllBytes(photo)));
        assertNull(PhotoFixtures.gpsOf(served.body()), "the uploaded GPS position is gone");

        long id = ApiClient.json(staff.get("/api/staff/reports?size=200")).getJsonArray("rows").stream()
                .map(JsonObject.class::cast).filter(row -> row.getString("reference").equals(reference))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        browser.signIn(staffUsername, STAFF_PASSWORD);
        browser.until(driver -> !driver.getCurrentUrl().contains("/login.xhtml"));
        browser.open("/staff/rapport.xhtml?id=" + id);
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-reference")));
        WebElement staffThumbnail = browser.find(By.cssSelector(".report-photos img"));
        browser.until(driver -> ((Number) browser.script("return arguments[0].naturalWidth;", staffThumbnail)).intValue() > 0);
    }

    @Test
    void aHeicPhotoIsRefusedAtTheFieldAndNothingIsSaved() throws IOException {
        long before = ApiClient.json(new ApiClient().get("/api/reports?size=1")).getJsonNumber("total").longValue();
        Path heic = Files.write(files.resolve("IMG_0007.HEIC"), PhotoFixtures.heic());
        browser.open("/rapportera.xhtml");
        fill(TestServer.uniqueName("Huvudsta centrum"));
        browser.byId("report:photos").sendKeys(heic.toAbsolutePath().toString());
        browser.byId("report:submit").click();
        browser.until(driver -> !driver.findElement(By.id("report:photosMessage")).getText().isBlank());
        assertTrue(browser.byId("report:photosMessage").getText().contains("HEIC-bilder stöds inte – spara bilden som JPEG"),
                browser.byId("report:photosMessage").getText());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the form with the error");
        assertEquals(before, ApiClient.json(new ApiClient().get("/api/reports?size=1")).getJsonNumber("total").longValue());
    }
}

package se.tryggstad.portal.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident reports with the plain form (place text and typed coordinates, no map clicks), follows
 * the report, and agrees with a nearby one; staff answer it. Accessibility and the phone width.
 */
@ExtendWith(ArquillianExtension.class)
class ReportBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    private static final String STAFF_PASSWORD = TestAccounts.PASSWORD;
    private static String staffUsername;
    private static ApiClient staff;

    private Browser browser;

    @BeforeAll
    static void staffAccount() {
        staffUsername = TestAccounts.create("rapportbrowser", "STAFF");
        staff = TestAccounts.signedIn(staffUsername);
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void fill(String category, String place, String latitude, String longitude, String description) {
        if (category != null) {
            new Select(browser.byId("report:category")).selectByValue(category);
        }
        browser.byId("report:place").sendKeys(place);
        browser.byId("report:latitude").sendKeys(latitude);
        browser.byId("report:longitude").sendKeys(longitude);
        browser.byId("report:description").sendKeys(description);
    }

    @Test
    void aResidentReportsWithTypedCoordinatesFollowsItAndAgreesWithANearbyReport() {
        String place = TestServer.uniqueName("Ulriksdals slottspark");
        browser.open("/rapportera.xhtml");
        fill("belysning", place, "59,3885", "18,0258", "Lamporna längs gångvägen är släckta.");
        browser.driver().findElement(By.cssSelector("input[value='KVALL']")).click();
        browser.byId("report:submit").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("report-reference")));
        String reference = browser.byId("report-reference").getText();
        assertTrue(reference.matches("TR-20[0-9]{2}-[0-9]{6,}"), reference);

        browser.byId("tracking-link").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-reference")));
        assertEquals(reference, browser.byId("tracking-reference").getText());
        assertEquals("Ny", browser.byId("tracking-status").getText());

        browser.open("/rapportera.xhtml");
        fill("belysning", "Samma gångväg", "59.38865", "18.0258", "Fortfarande mörkt.");
        browser.byId("report:submit").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("nearby")));
        assertTrue(browser.byId("nearby").getText().contains(place), browser.byId("nearby").getText());
        browser.driver().findElements(By.cssSelector("#nearby input[type='submit']")).stream()
                .filter(button -> button.getAttribute("aria-label").contains(reference)).findFirst().orElseThrow()
                .click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("support-result")));
        assertTrue(browser.byId("support-result").getText().contains(reference));
        assertEquals(1, ApiClient.json(new ApiClient().get("/api/reports/" + reference)).getInt("supporters"));
    }

    @Test
    void wrongInputIsShownAtTheFieldAndNothingIsSaved() {
        long before = ApiClient.json(new ApiClient().get("/api/reports?size=1")).getJsonNumber("total").longValue();
        browser.open("/rapportera.xhtml");
        fill(null, "Någonstans", "57,70", "11,97", "Fel stad.");
        browser.byId("report:submit").click();
        browser.until(driver -> !driver.findElement(By.id("report:categoryMessage")).getText().isBlank());

        new Select(browser.byId("report:category")).selectByValue("klotter");
        browser.byId("report:submit").click();
        browser.until(driver -> !driver.findElement(By.id("report:latitudeMessage")).getText().isBlank());
        assertTrue(browser.byId("report:latitudeMessage").getText().contains("utanför Solna"));

        browser.byId("report:latitude").clear();
        browser.byId("report:longitude").clear();
        browser.byId("report:email").sendKeys("kim@example.org");
        browser.byId("report:submit").click();
        browser.until(driver -> !driver.findElement(By.id("report:consentMessage")).getText().isBlank());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the form with errors");
        assertEquals(before, ApiClient.json(new ApiClient().get("/api/reports?size=1")).getJsonNumber("total")
                .longValue(), "nothing saved");
    }

    @Test
    void staffAnswerAndThePagesPassAxeAndFitAPhone() {
        String place = TestServer.uniqueName("Huvudsta strand");
        HttpResponse<String> created = new ApiClient().postJson("/api/reports", "{\"category\":\"nedskrapning\","
                + "\"place\":\"" + place + "\",\"description\":\"Överfulla papperskorgar.\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = ApiClient.json(created);
        String tracking = body.getString("trackingPath");
        String reference = body.getString("reference");
        long id = ApiClient.json(staff.get("/api/staff/reports?size=200")).getJsonArray("rows").stream()
                .map(JsonObject.class::cast).filter(row -> row.getString("reference").equals(reference))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        List<String> publicPages = List.of("/rapportera.xhtml", tracking, "/rapport.xhtml?token=okand",
                "/rapporter.xhtml", "/rapporter.xhtml?kategori=nedskrapning&status=NY");
        for (String page : publicPages) {
            browser.open(page);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on " + page);
        }
        browser.open("/rapporter.xhtml?kategori=nedskrapning&status=NY");
        assertTrue(browser.byId("reports").getText().contains(place));
        browser.open("/rapportera.xhtml");
        browser.byId("language:en").click();
        browser.awaitLanguage("en");
        assertTrue(browser.byId("report:submit").getAttribute("value").contains("Send"));
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the English form");
        browser.byId("language:sv").click();
        browser.awaitLanguage("sv");

        browser.signIn(staffUsername, STAFF_PASSWORD);
        browser.until(ExpectedConditions.urlContains("/staff/"));
        List<String> staffPages = List.of("/staff/rapporter.xhtml", "/staff/rapporter.xhtml?status=NY",
                "/staff/rapport.xhtml?id=" + id);
        for (String page : staffPages) {
            browser.open(page);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on " + page);
        }
        new Select(browser.byId("change:status")).selectByValue("MOTTAGEN");
        browser.byId("change:publicAnswer").sendKeys("Vi tömmer korgarna i morgon.");
        browser.byId("change:note").sendKeys("Meddelat parkenheten.");
        browser.byId("change:save").click();
        browser.until(driver -> driver.findElement(By.id("staff-status")).getText().equals("Mottagen"));
        String history = browser.byId("staff-history").getText();
        assertTrue(history.contains(staffUsername) && history.contains("Vi tömmer korgarna i morgon."), history);
        assertTrue(browser.byId("staff-notes").getText().contains("Meddelat parkenheten."));

        browser.open(tracking);
        assertTrue(browser.byId("tracking-history").getText().contains("Vi tömmer korgarna i morgon."));
        assertFalse(browser.byId("tracking-history").getText().contains(staffUsername), "no staff names in public");

        browser.asPhone();
        for (String page : List.of("/rapportera.xhtml", tracking, "/rapporter.xhtml", "/staff/rapporter.xhtml",
                "/staff/rapport.xhtml?id=" + id)) {
            browser.open(page);
            long overflow = browser.sidewaysOverflow();
            assertTrue(overflow <= 0, page + " is " + overflow + " px wider than a 360 px phone");
        }
    }
}

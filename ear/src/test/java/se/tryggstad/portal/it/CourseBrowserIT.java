package se.tryggstad.portal.it;

import jakarta.json.Json;
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

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parent and a staff member with a browser on the course pages; accessibility and the phone width. */
@ExtendWith(ArquillianExtension.class)
class CourseBrowserIT {

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
        staffUsername = TestAccounts.create("kursbrowser", "STAFF");
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

    @Test
    void aParentSignsUpAndTheNextOneIsOfferedTheWaitlist() {
        String title = TestServer.uniqueName("Webbkurs");
        long group = planGroup(title, 1);

        browser.open("/kurser.xhtml");
        assertTrue(browser.byId("kurs-" + group).getText().contains("1 av 1 platser kvar"),
                browser.byId("kurs-" + group).getText());
        browser.byId("anmal-" + group).click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("signup:parentName")));
        signUp("Anna Andersson", TestServer.uniqueName("anna") + "@example.org", true);
        browser.until(driver -> driver.findElement(By.id("signup-result")).getText().contains("Du har en plats"));

        browser.open("/kurser.xhtml");
        assertTrue(browser.byId("kurs-" + group).getText().contains("Fullt – väntelista"),
                browser.byId("kurs-" + group).getText());
        browser.byId("anmal-" + group).click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("signup-full")));

        signUp("Bo Berg", TestServer.uniqueName("bo") + "@example.org", false);
        browser.until(driver -> !driver.findElement(By.id("signup:consentMessage")).getText().isBlank());
        assertEquals(1, participantCount(group), "nothing is saved without consent");

        browser.byId("signup:consent").click();
        browser.byId("signup:submit").click();
        browser.until(driver -> driver.findElement(By.id("signup-result")).getText()
                .contains("Du står på väntelistan, plats 1"));
        assertEquals(2, participantCount(group));
    }

    @Test
    void staffSeeTheWaitlistAndCancellingPromotesTheFirst() {
        String title = TestServer.uniqueName("Personalkurs");
        long group = planGroup(title, 1);
        signUpByApi(group, "Cecilia Först");
        signUpByApi(group, "David Väntar");

        browser.signIn(staffUsername, STAFF_PASSWORD);
        browser.until(ExpectedConditions.urlContains("/staff/"));
        browser.open("/staff/kurser.xhtml");
        clickRowButton("groups", title, "show");
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("participants:table")));
        String table = browser.byId("participants:table").getText();
        assertTrue(table.contains("Cecilia Först") && table.contains("Väntelista, plats 1"), table);

        clickRowButton("participants", "Cecilia Först", "cancel");
        browser.until(driver -> driver.findElement(By.id("participants:table")).getText().contains("David Väntar")
                && !driver.findElement(By.id("participants:table")).getText().contains("Cecilia Först"));
        assertTrue(browser.byId("participants:table").getText().contains("Har plats"));
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the staff course page");

        String newGroup = TestServer.uniqueName("Ny grupp");
        browser.byId("course:titleSv").sendKeys(newGroup);
        browser.byId("course:save").click();
        browser.until(driver -> !driver.findElement(By.id("course:descriptionSvMessage")).getText().isBlank());
        assertTrue(!browser.byId("groups:table").getText().contains(newGroup), "nothing is saved when refused");

        browser.byId("course:descriptionSv").sendKeys("Åtta träffar i Bergshamra.");
        browser.byId("course:place").sendKeys("Bergshamra bibliotek");
        browser.script("arguments[0].value = arguments[1];", browser.byId("course:date"),
                LocalDate.now().plusWeeks(5).toString());
        browser.byId("course:save").click();
        browser.until(driver -> driver.findElement(By.id("groups:table")).getText().contains(newGroup));
        assertTrue(new ApiClient().get("/api/courses").body().contains(newGroup), "published at once");
    }

    @Test
    void theCoursePagesPassAxeInBothLanguagesAndFitAPhone() {
        String title = TestServer.uniqueName("Tillgänglig");
        long group = planGroup(title, 5);
        List<String> pages = List.of("/kurser.xhtml", "/kurser.xhtml?grupp=" + group, "/kurser/avboka.xhtml?token=okand");
        for (String page : pages) {
            browser.open(page);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on " + page);
        }
        browser.open("/kurser.xhtml");
        browser.byId("language:en").click();
        browser.awaitLanguage("en");
        String course = browser.byId("kurs-" + group).getText();
        assertTrue(course.contains("English " + title) && course.contains("5 of 5 seats left"), course);
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the English course page");
        browser.byId("language:sv").click();
        browser.awaitLanguage("sv");

        browser.asPhone();
        for (String page : pages) {
            browser.open(page);
            long overflow = browser.sidewaysOverflow();
            assertTrue(overflow <= 0, page + " is " + overflow + " px wider than a 360 px phone");
        }
        browser.signIn(staffUsername, STAFF_PASSWORD);
        browser.until(ExpectedConditions.urlContains("/staff/"));
        browser.open("/staff/kurser.xhtml");
        long overflow = browser.sidewaysOverflow();
        assertTrue(overflow <= 0, "the staff course page is " + overflow + " px wider than a 360 px phone");
    }

    private void signUp(String name, String email, boolean consent) {
        browser.byId("signup:parentName").sendKeys(name);
        browser.byId("signup:email").sendKeys(email);
        if (consent) {
            browser.byId("signup:consent").click();
        }
        browser.byId("signup:submit").click();
    }

    private void clickRowButton(String form, String rowText, String button) {
        List<org.openqa.selenium.WebElement> rows = browser.driver()
                .findElements(By.cssSelector("#" + form + "\\:table tbody tr"));
        rows.stream().filter(row -> row.getText().contains(rowText)).findFirst()
                .orElseThrow(() -> new AssertionError(rowText + " not in " + form))
                .findElement(By.cssSelector("input[id$=':" + button + "']")).click();
    }

    private static long planGroup(String title, int seats) {
        String json = Json.createObjectBuilder().add("programme", "AFT").add("titleSv", title)
                .add("titleEn", "English " + title).add("descriptionEn", "Four meetings for parents of teenagers.")
                .add("descriptionSv", "Fyra träffar för föräldrar till tonåringar.").add("place", "Råsunda")
                .add("courseLanguage", "sv").add("firstSession", LocalDate.now().plusWeeks(2) + "T18:30:00")
                .add("sessionCount", 4).add("sessionMinutes", 120).add("seats", seats).add("published", true)
                .build().toString();
        HttpResponse<String> created = staff.postJson("/api/staff/courses", json);
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created).getJsonNumber("id").longValue();
    }

    private static void signUpByApi(long group, String name) {
        HttpResponse<String> response = new ApiClient().postJson("/api/courses/" + group + "/signups",
                Json.createObjectBuilder().add("parentName", name).add("phone", "070-123 45 67")
                        .add("consent", true).build().toString());
        assertEquals(201, response.statusCode(), response.body());
    }

    private static int participantCount(long group) {
        return ApiClient.parse(staff.get("/api/staff/courses/" + group + "/participants").body()).asJsonArray().size();
    }
}

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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handling pages in a real browser: an admin edits categories with errors at the field and keeps
 * answer templates without the STAFF role (others are refused); staff keep answer templates, assign,
 * prefill an answer from a template, unpublish and merge on the report page, and filter their own reports. Accessibility (axe) and the 360 px phone width.
 */
@ExtendWith(ArquillianExtension.class)
class ReportAdminBrowserIT {

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    private static String staffUsername;
    private static ApiClient staff;
    private Browser browser;

    @BeforeAll
    static void staffAccount() {
        staffUsername = TestAccounts.create("hbrowser", "STAFF");
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

    private void assertAccessibleAndPhoneWide(String page) {
        browser.open(page);
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on " + page);
        browser.asPhone();
        browser.open(page);
        long overflow = browser.sidewaysOverflow();
        assertTrue(overflow <= 0, page + " is " + overflow + " px wider than a 360 px phone");
    }

    @Test
    void anAdminAddsAndDeactivatesACategoryWithErrorsShownAtTheField() {
        browser.signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
        browser.until(driver -> !driver.getCurrentUrl().contains("/login.xhtml"));
        browser.open("/admin/rapportkategorier.xhtml");
        String code = TestServer.uniqueName("parkbank").replaceAll("[^a-z0-9-]", "");
        browser.byId("category:code").sendKeys(code);
        browser.byId("category:nameEn").sendKeys("Park benches");
        browser.byId("category:department").sendKeys("Stadsbyggnadsförvaltningen, gata/park");
        browser.byId("category:save").click();
        browser.until(driver -> !driver.findElement(By.id("category:nameSvMessage")).getText().isBlank());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the form with an error");

        browser.byId("category:nameSv").sendKeys("Parkbänkar");
        browser.byId("category:save").click();
        browser.until(driver -> driver.findElement(By.id("categories")).getText().contains(code));
        assertTrue(new ApiClient().get("/open311/v2/services.json").body().contains(code));

        browser.open("/admin/rapportkategorier.xhtml?kod=" + code);
        assertEquals("Parkbänkar", browser.byId("category:nameSv").getAttribute("value"));
        browser.byId("category:active").click();
        browser.byId("category:save").click();
        browser.until(driver -> driver.findElement(By.id("messages")).getText().contains("Parkbänkar"));
        assertFalse(new ApiClient().get("/open311/v2/services.json").body().contains(code));
        assertAccessibleAndPhoneWide("/admin/rapportkategorier.xhtml?kod=" + code);
    }

    @Test
    void anAdminWithoutTheStaffRoleKeepsAnswerTemplatesOnThePageAndOthersAreRefused() {
        String adminUsername = TestAccounts.create("malladmin", "ADMIN");
        assertNotEquals(200, new ApiClient().get("/staff/svarsmallar.xhtml").statusCode(), "anonymous: sign in first");
        assertEquals(403, TestAccounts.signedInAs("mallpartner", "PARTNER").get("/staff/svarsmallar.xhtml").statusCode());
        assertEquals(403, TestAccounts.signedInAs("mallremiss", "REMISS_HANDLER").get("/staff/svarsmallar.xhtml")
                .statusCode(), "remiss handlers may open /staff/*, but not the templates");
        assertEquals(403, TestAccounts.signedIn(adminUsername).get("/staff/rapporter.xhtml").statusCode(),
                "the rest of /staff/* stays closed to an admin without STAFF");

        browser.signIn(adminUsername, PASSWORD);
        browser.until(driver -> !driver.getCurrentUrl().contains("/login.xhtml"));
        browser.open("/admin/rapportkategorier.xhtml");
        browser.byId("admin-templates").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("template:title")));
        String title = TestServer.uniqueName("Vi lagar");
        browser.byId("template:title").sendKeys(title);
        browser.byId("template:textSv").sendKeys("Vi lagar lampan inom två veckor.");
        browser.byId("template:textEn").sendKeys("We will fix the lamp within two weeks.");
        browser.byId("template:save").click();
        browser.until(driver -> driver.findElement(By.id("templates")).getText().contains(title));
        assertTrue(browser.byId("templates").getText().contains(adminUsername), "saved in the admin's name");
        assertTrue(browser.byId("back-admin").getAttribute("href").endsWith("/admin/rapportkategorier.xhtml"));
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the templates as an admin");
        assertTrue(staff.get("/api/staff/answer-templates").body().contains(title), "staff use it in the status form");
    }

    @Test
    void staffUseATemplateAssignUnpublishAndMergeOnTheReportPage() {
        String place = TestServer.uniqueName("Bergshamra torg");
        JsonObject original = ReportAdminIT.submit(ReportAdminIT.report("nedskrapning", place, "Skräp överallt."));
        JsonObject duplicate = ReportAdminIT.submit(ReportAdminIT.report("nedskrapning", place, "Skräp vid Kalle."));
        long duplicateId = ReportAdminIT.handlingOf(staff, duplicate.getString("reference")).getJsonNumber("id")
                .longValue();

        browser.signIn(staffUsername, PASSWORD);
        browser.until(ExpectedConditions.urlContains("/staff/"));
        String title = TestServer.uniqueName("Vi städar");
        browser.open("/staff/svarsmallar.xhtml");
        browser.byId("template:title").sendKeys(title);
        browser.byId("template:textSv").sendKeys("Vi städar platsen i veckan.");
        browser.byId("template:save").click();
        browser.until(driver -> !driver.findElement(By.id("template:textEnMessage")).getText().isBlank());
        browser.byId("template:textEn").sendKeys("We clean the place this week.");
        browser.byId("template:save").click();
        browser.until(driver -> driver.findElement(By.id("templates")).getText().contains(title));
        assertAccessibleAndPhoneWide("/staff/svarsmallar.xhtml");

        String page = "/staff/rapport.xhtml?id=" + duplicateId;
        browser.open(page);
        new Select(browser.byId("change:template")).selectByVisibleText(title);
        browser.byId("change:applyTemplate").click();
        browser.until(driver -> driver.findElement(By.id("change:publicAnswer")).getAttribute("value")
                .contains("Vi städar platsen i veckan."));

        new Select(browser.byId("assign:department")).selectByVisibleText("Socialförvaltningen");
        new Select(browser.byId("assign:assignee")).selectByValue(staffUsername);
        browser.byId("assign:save").click();
        browser.until(driver -> driver.findElement(By.id("staff-log")).getText().contains("Socialförvaltningen"));

        browser.byId("publishing:unpublish").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-unpublished")));
        assertEquals(404, new ApiClient().get("/api/reports/" + duplicate.getString("reference")).statusCode());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on " + page);

        browser.byId("merge:original").sendKeys(duplicate.getString("reference"));
        browser.byId("merge:save").click();
        browser.until(driver -> !driver.findElement(By.id("merge:originalMessage")).getText().isBlank());
        browser.byId("merge:original").clear();
        browser.byId("merge:original").sendKeys(original.getString("reference"));
        browser.byId("merge:save").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-duplicate-of")));
        assertEquals("Avslutad", browser.byId("staff-status").getText());
        assertTrue(browser.byId("staff-log").getText().contains(staffUsername));

        browser.open("/staff/rapporter.xhtml?mina=ja");
        assertTrue(browser.byId("reports").getText().contains(duplicate.getString("reference")));
        assertFalse(browser.byId("reports").getText().contains(original.getString("reference")));
        assertAccessibleAndPhoneWide("/staff/rapporter.xhtml?mina=ja");
        assertAccessibleAndPhoneWide(page);
        assertAccessibleAndPhoneWide(duplicate.getString("trackingPath"));
    }

    @Test
    void thePublicListHasAMapAndAResidentCanFollowAWholeDistrict() {
        String place = TestServer.uniqueName("Frösunda torg");
        ReportAdminIT.submit(ReportAdminIT.report("skadegorelse", place, "Trasig bänk.")
                .add("latitude", 59.3700).add("longitude", 18.0200));
        browser.open("/rapporter.xhtml?kategori=skadegorelse");
        assertTrue(browser.byId("reports").getText().contains(place), "the list works as before");
        browser.until(driver -> !driver.findElements(By.cssSelector("#report-list-map path.leaflet-interactive"))
                .isEmpty());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the list with its map");

        browser.open("/bevakning.xhtml");
        new Select(browser.byId("alert:district")).selectByValue("frosunda");
        browser.byId("alert:email").sendKeys(TestServer.uniqueName("frosunda") + "@example.org");
        browser.byId("alert:subscribe").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("alert-outcome")));
        assertAccessibleAndPhoneWide("/bevakning.xhtml");
        assertAccessibleAndPhoneWide("/rapporter.xhtml");
    }
}

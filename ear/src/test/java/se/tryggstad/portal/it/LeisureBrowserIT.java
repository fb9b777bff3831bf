package se.tryggstad.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fritid pages in a real browser: filters by form, calendar, partner submit and staff review, axe, 360 px. */
@ExtendWith(ArquillianExtension.class)
class LeisureBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    private Browser browser;

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
    void aResidentFiltersWithTheFormSwitchesToTheCalendarAndOpensAnActivity() {
        String staff = LeisureData.account("fritid-browser-staff", "STAFF");
        String marker = TestServer.uniqueName("Webbfilter");
        String free = marker + " gratis";
        String paid = marker + " betald";
        ApiClient reviewer = LeisureData.signedIn(staff);
        reviewer.postJson("/api/staff/activities", LeisureData.weekly(free, true, 6, 9).toString());
        reviewer.postJson("/api/staff/activities", LeisureData.weekly(paid, false, 6, 9).toString());

        browser.open("/fritid.xhtml");
        assertAccessible("/fritid.xhtml");
        browser.byId("filter-age").sendKeys("7");
        browser.byId("filter-free").click();
        new Select(browser.byId("filter-area")).selectByValue("RASUNDA");
        browser.byId("filter-submit").click();
        browser.until(ExpectedConditions.urlContains("age=7"));
        assertTrue(browser.url().contains("free=true") && browser.url().contains("area=RASUNDA"), browser.url());
        String list = browser.byId("activities").getText();
        assertTrue(list.contains(free), list);
        assertFalse(list.contains(paid), list);
        assertTrue(browser.byId("filter-free").isSelected(), "the form shows the filters in use");

        browser.byId("view-calendar").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar")));
        assertTrue(browser.url().contains("age=7"), "the filters follow to the calendar: " + browser.url());
        assertTrue(browser.byId("calendar").getText().contains(free));
        assertAccessible("the calendar");

        browser.find(By.linkText(free)).click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("ical-one")));
        assertTrue(browser.find(By.tagName("h1")).getText().contains(free));
        assertTrue(browser.byId("map-link").getAttribute("href").startsWith("https://www.openstreetmap.org/"));
        assertAccessible("the activity page");

        browser.open("/fritid.xhtml?age=tolv");
        assertEquals("true", browser.byId("filter-age").getAttribute("aria-invalid"));
        assertFalse(browser.byId("filter-age-error").getText().isBlank());

        browser.asPhone();
        for (String page : List.of("/fritid.xhtml", "/fritid.xhtml?view=calendar",
                "/fritid.xhtml?holiday=SPORTLOV&view=list")) {
            browser.open(page);
            assertTrue(browser.sidewaysOverflow() <= 0, page + " scrolls sideways at 360 px");
        }
    }

    @Test
    void aPartnerSubmitsInTheFormAndStaffApproveOrRejectInTheQueue() {
        String partner = LeisureData.account("fritid-browser-partner", "PARTNER");
        LeisureData.organisationWith(partner);
        String staff = LeisureData.account("fritid-browser-granskare", "STAFF");
        String title = TestServer.uniqueName("Webbformulär");
        String toReject = TestServer.uniqueName("Webbavvisad");

        browser.open("/partner/fritid.xhtml");
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.signIn(partner, LeisureData.PASSWORD);
        browser.until(ExpectedConditions.urlContains("/partner/"));
        browser.byId("partner-leisure").click();
        browser.until(ExpectedConditions.urlContains("/partner/fritid.xhtml"));
        assertAccessible("/partner/fritid.xhtml");

        browser.byId("new-activity").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("activity:titleSv")));
        assertAccessible("/partner/aktivitet.xhtml");
        browser.byId("activity:submit").click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("activity:titleSvMessage"), "rubrik"));
        assertFalse(browser.byId("activity:latitudeMessage").getText().isBlank(), "every wrong field has its message");
        assertAccessible("the form with errors");

        fillIn(title);
        browser.byId("activity:submit").click();
        browser.until(ExpectedConditions.urlContains("/partner/fritid.xhtml"));
        assertTrue(browser.byId("activities").getText().contains(title));
        assertTrue(browser.byId("activities").getText().contains("Väntar på granskning"));

        browser.byId("new-activity").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("activity:titleSv")));
        fillIn(toReject);
        browser.byId("activity:submit").click();
        browser.until(ExpectedConditions.urlContains("/partner/fritid.xhtml"));
        browser.byId("logout:submit").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='login.xhtml']")));

        browser.open("/staff/fritid.xhtml");
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.signIn(staff, LeisureData.PASSWORD);
        browser.until(ExpectedConditions.urlContains("/staff/"));
        browser.byId("staff-leisure").click();
        browser.until(ExpectedConditions.urlContains("/staff/fritid.xhtml"));
        assertAccessible("/staff/fritid.xhtml");
        button("Godkänn: " + title).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), title));

        button("Avvisa: " + toReject).click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("reject:reason")));
        assertAccessible("the rejection form");
        browser.byId("reject:confirm").click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reject:reasonMessage"), "Skriv varför"));
        browser.byId("reject:reason").sendKeys("Beskriv aktiviteten närmare, tack.");
        browser.byId("reject:confirm").click();
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reject:reason")));
        assertFalse(browser.byId("queue").getText().contains(toReject));

        browser.find(By.linkText("Ny aktivitet från staden")).click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("activity:titleSv")));
        assertAccessible("/staff/aktivitet.xhtml");

        browser.open("/fritid.xhtml");
        assertTrue(browser.byId("activities").getText().contains(title), "approved: public");
        assertFalse(browser.byId("activities").getText().contains(toReject), "rejected: not public");

        browser.asPhone();
        for (String page : List.of("/staff/fritid.xhtml", "/staff/aktivitet.xhtml")) {
            browser.open(page);
            assertTrue(browser.sidewaysOverflow() <= 0, page + " scrolls sideways at 360 px");
        }
    }

    @Test
    void anAdministratorRegistersAnOrganisationAndAttachesAPartner() {
        String partner = LeisureData.account("fritid-browser-medlem", "PARTNER");
        String name = TestServer.uniqueName("Webbföreningen");
        browser.open("/admin/organisationer.xhtml");
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
        browser.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
        browser.open("/admin/organisationer.xhtml");
        assertAccessible("/admin/organisationer.xhtml");

        browser.byId("newOrganisation:name").sendKeys(name);
        browser.byId("newOrganisation:organisationNumber").sendKeys("802470-1231");
        browser.byId("newOrganisation:submit").click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("newOrganisation:organisationNumberMessage"), "organisationsnummer"));
        assertAccessible("the organisation form with an error");

        browser.byId("newOrganisation:organisationNumber").clear();
        browser.byId("newOrganisation:organisationNumber").sendKeys(LeisureData.randomOrganisationNumber());
        browser.byId("newOrganisation:submit").click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organisations"), name));

        browser.byId("member:username").sendKeys(partner);
        new Select(browser.byId("member:organisationId")).selectByVisibleText(name);
        browser.byId("member:submit").click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), partner));

        HttpResponse<String> created = LeisureData.signedIn(partner).postJson("/api/partner/activities",
                LeisureData.weekly(TestServer.uniqueName("Medlemmens"), true, 8, 12).toString());
        assertEquals(201, created.statusCode(), "the attached partner acts for the organisation: " + created.body());
        assertTrue(created.body().contains(name), created.body());
    }

    private void fillIn(String title) {
        browser.byId("activity:titleSv").sendKeys(title);
        browser.byId("activity:descriptionSv").sendKeys("Vi målar och tecknar tillsammans med en konstnär.");
        new Select(browser.byId("activity:category")).selectByValue("SKAPANDE");
        browser.byId("activity:ageFrom").sendKeys("8");
        browser.byId("activity:ageTo").sendKeys("12");
        browser.byId("activity:free").click();
        new Select(browser.byId("activity:area")).selectByValue("HAGALUND");
        browser.byId("activity:placeName").sendKeys("Hagalunds kulturhus");
        browser.byId("activity:latitude").sendKeys("59.3579");
        browser.byId("activity:longitude").sendKeys("18.0119");
        browser.find(By.cssSelector("input[name='activity:weekdays'][value='TUESDAY']")).click();
        browser.byId("activity:startTime").sendKeys("16:00");
        browser.byId("activity:endTime").sendKeys("18:00");
        setValue("activity:validFrom", LocalDate.now().minusDays(1).toString());
        setValue("activity:validTo", LocalDate.now().plusMonths(3).toString());
        browser.byId("activity:contact").sendKeys("info@kultur.example");
        browser.byId("activity:dropIn").click();
    }

    private void setValue(String id, String value) {
        browser.script("arguments[0].value = arguments[1];", browser.byId(id), value);
    }

    private WebElement button(String label) {
        return browser.find(By.cssSelector("input[aria-label='" + label + "']"));
    }

    private void assertAccessible(String page) {
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on " + page);
    }
}

package se.tryggstad.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Samverkan in a real browser: an organisation applies with the form (a wrong organisationsnummer is
 * told at the field), staff verify it, the contact person sets a password, plans an action and a meeting
 * in the workspace; axe-core on every page; no sideways scrolling at 360 px.
 */
@ExtendWith(ArquillianExtension.class)
class ForumBrowserIT {

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
    void anOrganisationAppliesIsVerifiedSetsItsPasswordAndWorksInTheWorkspace() {
        String staff = LeisureData.account("forum-browser-staff", "STAFF");
        ApiClient city = LeisureData.signedIn(staff);
        String forumName = TestServer.uniqueName("Webbtorget");
        long forum = ForumData.forum(city, ForumData.platssamverkan(forumName, true));
        String organisation = TestServer.uniqueName("Webbföreningen");
        String contact = TestServer.uniqueName("webb").toLowerCase() + "@forening.example";

        browser.open("/samverkan.xhtml");
        assertTrue(browser.byId("forums").getText().contains(forumName));
        assertAccessible("/samverkan.xhtml");
        browser.byId("apply-link").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("apply:organisationName")));
        assertAccessible("/samverkan/ansok.xhtml");
        browser.byId("apply:organisationName").sendKeys(organisation);
        browser.byId("apply:organisationNumber").sendKeys("802470-1231");
        new Select(browser.byId("apply:type")).selectByValue("FORENING");
        browser.byId("apply:contactName").sendKeys("Webb Kontakt");
        browser.byId("apply:contactEmail").sendKeys(contact);
        browser.find(By.xpath("//label[contains(., '" + forumName + "')]")).click();
        browser.byId("apply:submit").click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("apply:organisationNumberMessage"),
                "kontrollsiffran"));
        assertAccessible("the form with an error");
        browser.byId("apply:organisationNumber").clear();
        browser.byId("apply:organisationNumber").sendKeys(LeisureData.randomOrganisationNumber());
        browser.byId("apply:submit").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("apply-sent")));

        browser.open("/staff/samverkan/ansokningar.xhtml");
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.signIn(staff, LeisureData.PASSWORD);
        browser.until(ExpectedConditions.urlContains("/staff/"));
        browser.open("/staff/samverkan/ansokningar.xhtml");
        assertAccessible("/staff/samverkan/ansokningar.xhtml");
        browser.find(By.xpath("//section[.//h2[text()='" + organisation + "']]//input[@value='Godkänn och bjud in']")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), organisation));
        browser.open("/staff/samverkan/forum.xhtml?id=" + forum);
        assertTrue(browser.byId("member-list").getText().contains(organisation));
        assertEquals(forumName, browser.byId("forum:name").getAttribute("value"));
        assertAccessible("/staff/samverkan/forum.xhtml");
        browser.driver().manage().deleteAllCookies();

        String token = ForumData.tokenIn(TestMailServer.awaitMail(contact, "är nu med", Duration.ofSeconds(20)).body());
        browser.open("/samverkan/losenord.xhtml?token=" + token);
        assertAccessible("/samverkan/losenord.xhtml");
        browser.byId("setPassword:password").sendKeys(LeisureData.PASSWORD);
        browser.byId("setPassword:repeated").sendKeys(LeisureData.PASSWORD);
        browser.byId("setPassword:submit").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("password-set")));

        browser.open("/partner/index.xhtml");
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.signIn(contact, LeisureData.PASSWORD);
        browser.until(ExpectedConditions.urlContains("/partner/"));
        browser.open("/partner/index.xhtml");
        browser.find(By.linkText(forumName)).click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("forum-nav-handlingsplan")));
        assertAccessible("/partner/samverkan/forum.xhtml");

        browser.byId("forum-nav-handlingsplan").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("plan:title")));
        browser.byId("plan:submit").click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan:titleMessage"), "Skriv"));
        browser.byId("plan:title").sendKeys("Webbåtgärd: laga belysningen");
        browser.byId("plan:submit").click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Webbåtgärd"));
        assertAccessible("/partner/samverkan/handlingsplan.xhtml");

        browser.byId("forum-nav-moten").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("plan:date")));
        browser.byId("plan:title").sendKeys("Webbmöte");
        browser.script("document.getElementById('plan:date').value = arguments[0];",
                java.time.LocalDate.now().plusDays(10).toString());
        browser.byId("plan:place").sendKeys("Stadshuset");
        browser.byId("plan:submit").click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Lägg till i kalendern"));
        assertAccessible("/partner/samverkan/moten.xhtml");
        browser.open("/partner/samverkan/organisation.xhtml");
        assertTrue(browser.byId("colleagues").getText().contains(contact));
        assertAccessible("/partner/samverkan/organisation.xhtml");

        browser.asPhone();
        for (String page : List.of("/samverkan.xhtml", "/samverkan/ansok.xhtml", "/samverkan/forum.xhtml?id=" + forum,
                "/partner/samverkan/forum.xhtml?id=" + forum, "/partner/samverkan/handlingsplan.xhtml?id=" + forum,
                "/partner/samverkan/moten.xhtml?id=" + forum)) {
            browser.open(page);
            assertTrue(browser.sidewaysOverflow() <= 0, page + " scrolls sideways at 360 px");
        }
        browser.open("/samverkan/forum.xhtml?id=" + forum);
        assertTrue(browser.byId("next-meeting").getText().contains("Webbmöte"));
        assertFalse(browser.byId("forum-members").getText().contains(contact), "no persons on the public page");
    }

    private void assertAccessible(String page) {
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on " + page);
    }
}

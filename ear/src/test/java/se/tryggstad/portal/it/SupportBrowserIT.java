package se.tryggstad.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The support finder in a real browser: staff add a service and a guided path that leads visitors to it;
 * quick exit; no request to any other host; axe and the phone width on every support page.
 */
@ExtendWith(ArquillianExtension.class)
class SupportBrowserIT {

    private static final String STAFF_PASSWORD = TestAccounts.PASSWORD;

    /** Made once by the first test that needs it: a staff account, a published service and a guide question. */
    private static String staffUsername;
    private static String offerName;
    private static String questionText;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void staffAddAServiceAndAGuideQuestionThatLeadsVisitorsToIt() {
        ensureContent();
        Browser visitor = browser(Browser.start());
        visitor.open("/stod/hjalp.xhtml");
        assertTrue(visitor.find(By.tagName("main")).getText().contains(questionText), visitor.find(By.tagName("main")).getText());

        visitor.find(By.linkText("Jag vill lämna ett gäng " + suffix())).click();
        visitor.until(ExpectedConditions.urlContains("kategori=AVHOPPARSTOD"));
        visitor.waitUntilLoaded();
        assertTrue(visitor.find(By.cssSelector(".recommendations")).getText().contains(offerName));

        visitor.find(By.linkText(offerName)).click();
        visitor.until(ExpectedConditions.urlContains("/stod/erbjudande.xhtml"));
        visitor.waitUntilLoaded();
        String detail = visitor.find(By.tagName("main")).getText();
        assertTrue(detail.contains("08-555 12 34") && detail.contains("Du kan vara anonym"), detail);
        assertEquals("tel:085551234", visitor.find(By.cssSelector(".support-detail a.phone")).getAttribute("href")
                .replaceAll("^.*tel:", "tel:"));
    }

    @Test
    void escapePressedOnceReplacesThePageAndNoSupportPageIsLeftInTheHistory() {
        ensureContent();
        Browser browser = browser(Browser.start());
        browser.open("/");
        long historyOutside = (Long) browser.script("return history.length;");
        browser.find(By.cssSelector("nav.primary-nav a[href$='/stod.xhtml']")).click();
        browser.until(ExpectedConditions.urlContains("/stod.xhtml"));
        browser.waitUntilLoaded();
        browser.find(By.cssSelector(".guide-start a")).click();
        browser.until(ExpectedConditions.urlContains("/stod/hjalp.xhtml"));
        browser.waitUntilLoaded();
        assertEquals(historyOutside + 1, (Long) browser.script("return history.length;"),
                "moving between support pages adds no history entry");

        String neutralSite = browser.byId("quick-exit").getAttribute("href");
        assertFalse(neutralSite.startsWith(TestServer.baseUri().toString()), neutralSite);
        assertTrue(browser.find(By.tagName("main")).getText().contains("Esc"), "the Escape key is documented");
        browser.blockRequestsTo(neutralSite);

        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.until(driver -> !driver.getCurrentUrl().startsWith(TestServer.baseUri().toString()));
        assertTrue(browser.url().startsWith(neutralSite) || browser.url().startsWith("chrome-error:"), browser.url());

        browser.driver().navigate().back();
        browser.until(driver -> driver.getCurrentUrl().startsWith(TestServer.baseUri().toString()));
        assertFalse(browser.url().contains("/stod"), "Back shows the page before the support pages: " + browser.url());
    }

    @Test
    void theQuickExitButtonAlsoReplacesThePageEvenAfterALanguageSwitch() {
        Browser browser = browser(Browser.start());
        browser.open("/");
        browser.open("/stod.xhtml");
        long historyOnSupportPage = (Long) browser.script("return history.length;");
        browser.byId("language:en").click();
        browser.awaitLanguage("en");
        assertEquals(historyOnSupportPage, (Long) browser.script("return history.length;"),
                "switching language on a support page adds no history entry");
        String neutralSite = browser.byId("quick-exit").getAttribute("href");
        browser.blockRequestsTo(neutralSite);
        browser.byId("quick-exit").click();
        browser.until(driver -> !driver.getCurrentUrl().startsWith(TestServer.baseUri().toString()));
        browser.driver().navigate().back();
        browser.until(driver -> driver.getCurrentUrl().startsWith(TestServer.baseUri().toString()));
        assertFalse(browser.url().contains("/stod"), browser.url());
    }

    @Test
    void supportPagesRequestNothingFromAnyOtherHost() {
        ensureContent();
        Browser browser = browser(Browser.startRecordingRequests());
        browser.blockRequestsTo("https://");
        for (String page : publicPages()) {
            browser.open(page);
        }
        browser.find(By.id("language:en")).click();
        browser.awaitLanguage("en");
        for (String page : publicPages()) {
            browser.open(page);
        }
        List<String> requested = browser.requestedUrls();
        assertTrue(requested.size() > publicPages().size(), "requests were recorded: " + requested);
        String ourHost = TestServer.baseUri().getHost() + ":" + TestServer.baseUri().getPort();
        Set<String> otherHosts = new TreeSet<>();
        for (String url : requested) {
            // data:, blob: and the browser's own chrome:// pages (its start page) reach no host
            String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')) : "";
            if (Set.of("http", "https", "ws", "wss", "ftp").contains(scheme) && !url.startsWith("http://" + ourHost + "/")) {
                otherHosts.add(url);
            }
        }
        assertTrue(requested.stream().anyMatch(url -> url.contains("/javax.faces.resource/")
                || url.contains("/jakarta.faces.resource/")), "the pages' own scripts and styles were recorded: " + requested);
        assertEquals(Set.of(), otherHosts, "support pages asked other hosts");
    }

    @Test
    void everySupportPageHasNoSeriousAccessibilityViolationsAndFitsAPhone() {
        ensureContent();
        Browser browser = browser(Browser.start());
        List<String> pages = new ArrayList<>(publicPages());
        browser.signIn(staffUsername, STAFF_PASSWORD);
        browser.until(ExpectedConditions.urlContains("/staff/"));
        pages.addAll(List.of("/staff/stod/index.xhtml", "/staff/stod/erbjudande.xhtml",
                "/staff/stod/erbjudande.xhtml?id=" + offerIdFromPublicPage(), "/staff/stod/vagledning.xhtml"));
        for (String page : pages) {
            browser.open(page);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on " + page);
        }
        browser.asPhone();
        for (String page : pages) {
            browser.open(page);
            long overflow = browser.sidewaysOverflow();
            assertTrue(overflow <= 0, () -> page + " is " + overflow + " px wider than a 360 px phone; too wide: "
                    + browser.script("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                    + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');"));
        }
    }

    private List<String> publicPages() {
        return List.of("/stod.xhtml", "/stod/hjalp.xhtml", "/stod/hjalp.xhtml?kategori=AVHOPPARSTOD",
                "/stod/erbjudande.xhtml?id=" + offerIdFromPublicPage(), "/stod/erbjudande.xhtml?id=999999999");
    }

    private String offerIdFromPublicPage() {
        String page = new ApiClient().get("/stod.xhtml").body();
        int at = page.indexOf(offerName);
        String before = page.substring(0, at);
        return before.substring(before.lastIndexOf("erbjudande.xhtml?id=") + "erbjudande.xhtml?id=".length())
                .replaceAll("[^0-9].*$", "");
    }

    private Browser browser(Browser browser) {
        browsers.add(browser);
        return browser;
    }

    private static String suffix() {
        return offerName.substring(offerName.lastIndexOf(' ') + 1);
    }

    /**
     * Staff make the content through the staff pages, checking on the way that bad input is refused at its
     * field and saves nothing.
     */
    private synchronized void ensureContent() {
        if (offerName != null) {
            return;
        }
        String username = TestAccounts.create("stod", "STAFF");
        String name = "Avhopparstöd " + TestServer.uniqueName("b").replaceAll("[^a-z0-9]", "");
        Browser staff = browser(Browser.start());
        staff.signIn(username, STAFF_PASSWORD);
        staff.until(ExpectedConditions.urlContains("/staff/"));

        staff.open("/staff/stod/erbjudande.xhtml");
        new Select(staff.byId("offer:category")).selectByValue("AVHOPPARSTOD");
        type(staff, "offer:provider", "Solna stad");
        type(staff, "offer:phone", "ring oss");
        type(staff, "offer:sv_name", name);
        type(staff, "offer:sv_description", "Stöd för dig som vill lämna ett gäng.");
        staff.byId("offer:anonymousPossible").click();
        type(staff, "offer:en_name", "Leaving a gang " + name);
        type(staff, "offer:en_description", "Support to leave a gang.");
        staff.byId("offer:save").click();
        staff.until(driver -> !driver.findElement(By.id("offer:phoneMessage")).getText().isBlank());
        staff.open("/staff/stod/index.xhtml");
        assertFalse(staff.find(By.tagName("main")).getText().contains(name), "nothing saved with a bad phone number");

        staff.open("/staff/stod/erbjudande.xhtml");
        new Select(staff.byId("offer:category")).selectByValue("AVHOPPARSTOD");
        type(staff, "offer:provider", "Solna stad");
        type(staff, "offer:phone", "08-555 12 34");
        type(staff, "offer:sv_name", name);
        type(staff, "offer:sv_description", "Stöd för dig som vill lämna ett gäng.");
        staff.byId("offer:anonymousPossible").click();
        staff.byId("offer:save").click();
        staff.until(driver -> driver.findElement(By.id("messages")).getText().contains(name));
        staff.open("/staff/stod/index.xhtml");
        assertTrue(staff.find(By.tagName("main")).getText().contains(name));

        String question = "Vad gäller det? " + name;
        staff.open("/staff/stod/vagledning.xhtml");
        type(staff, "question:textSv", question);
        staff.byId("question:start").click();
        staff.byId("question:save").click();
        staff.until(driver -> driver.findElement(By.id("tree")).getText().contains(question));

        new Select(staff.byId("answer:answerQuestion")).selectByVisibleText(question);
        type(staff, "answer:labelSv", "Jag vill lämna ett gäng " + name.substring(name.lastIndexOf(' ') + 1));
        staff.byId("answer:add").click();
        staff.until(driver -> !driver.findElement(By.id("answer:targetMessage")).getText().isBlank());

        new Select(staff.byId("answer:category")).selectByValue("AVHOPPARSTOD");
        new Select(staff.byId("answer:offerId")).selectByVisibleText(name);
        staff.byId("answer:add").click();
        staff.until(driver -> driver.findElement(By.id("tree")).getText().contains("Jag vill lämna ett gäng"));

        staffUsername = username;
        questionText = question;
        offerName = name;
    }

    private static void type(Browser browser, String id, String text) {
        browser.byId(id).clear();
        browser.byId(id).sendKeys(text);
    }
}

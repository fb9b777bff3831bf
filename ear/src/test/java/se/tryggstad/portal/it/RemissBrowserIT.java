package se.tryggstad.portal.it;

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

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A remiss handler registers a remiss on the staff page (a wrong date first), handles it on its page (villkor,
 * next step, audit log), and the remiss pages pass axe and fit a 360 px phone.
 */
@ExtendWith(ArquillianExtension.class)
class RemissBrowserIT {

    private static final String PASSWORD = TestAccounts.PASSWORD;
    private static String handler;

    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @BeforeAll
    static void handlerAccount() {
        handler = TestAccounts.create("remissbrowser", "REMISS_HANDLER");
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

    private void set(String id, String value) {
        browser.script("arguments[0].value = arguments[1];", browser.byId(id), value);
    }

    @Test
    void aHandlerRegistersAndHandlesARemissOnAccessiblePagesThatFitAPhone() {
        browser.open("/login.xhtml");
        browser.signIn(handler, PASSWORD);
        browser.until(ExpectedConditions.urlContains("/staff/"));
        browser.open("/staff/remisser/");
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the dashboard");
        browser.byId("remiss-new").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("remiss:register")));
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the empty form");

        String policeCase = TestServer.uniqueName("5000-K");
        LocalDate today = LocalDate.now();
        browser.byId("remiss:policeCaseNumber").sendKeys(policeCase);
        set("remiss:receivedOn", today.toString());
        set("remiss:answerBy", today.minusDays(2).toString());
        browser.byId("remiss:policeEmail").sendKeys("tillstand@polisen.example");
        browser.byId("remiss:organiserName").sendKeys("Julmarknadsföreningen");
        browser.byId("remiss:organisationNumber").sendKeys("802412-3450");
        browser.byId("remiss:contactName").sendKeys("Kim Kontakt");
        browser.byId("remiss:eventName").sendKeys("Julmarknad i Hagaparken");
        new Select(browser.byId("remiss:eventType")).selectByValue("MARKNAD");
        browser.byId("remiss:placeAddress").sendKeys("Hagaparken, Solna");
        new Select(browser.byId("remiss:placeKind")).selectByValue("PARK_LAND");
        set("remiss:starts", today.plusDays(30) + "T11:00");
        set("remiss:ends", today.plusDays(30) + "T18:00");
        browser.byId("remiss:peakVisitors").sendKeys("3000");
        browser.byId("remiss:totalVisitors").sendKeys("12000");
        browser.byId("remiss:foodSales").click();
        browser.byId("remiss:register").click();
        browser.until(driver -> !driver.findElement(By.id("remiss:answerByMessage")).getText().isBlank());
        assertTrue(browser.byId("remiss:answerByMessage").getText().contains("Svarsdatum"),
                browser.byId("remiss:answerByMessage").getText());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the form with an error");

        set("remiss:answerBy", today.plusDays(10).toString());
        browser.byId("remiss:register").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("remiss-diarienummer")));
        String diarienummer = browser.byId("remiss-diarienummer").getText();
        assertTrue(diarienummer.matches("KS/20[0-9]{2}:[0-9]{4,}"), diarienummer);
        assertEquals("Mottagen", browser.byId("remiss-status").getText());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the remiss page");
        String remissPage = browser.url().substring(browser.url().indexOf("/staff/"));

        new Select(browser.byId("workflow:status")).selectByValue("UNDER_HANDLAGGNING");
        browser.byId("workflow:move").click();
        browser.until(driver -> driver.findElement(By.id("remiss-status")).getText().equals("Under handläggning"));

        browser.byId("villkor:text").sendKeys("Parkmarken ska återställas efter marknaden.");
        browser.byId("villkor:add").click();
        browser.until(driver -> driver.findElement(By.id("remiss-villkor")).getText().contains("återställas"));
        browser.byId("villkor:propose").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("proposals-heading")));
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core with the proposals");
        String audit = browser.byId("audit").getText();
        assertTrue(audit.contains("villkor.added") && audit.contains(handler) && audit.contains("UNDER_HANDLAGGNING"),
                audit);

        browser.open("/staff/remisser/?q=" + policeCase);
        assertTrue(browser.byId("remisser").getText().contains(diarienummer), browser.byId("remisser").getText());
        browser.open("/staff/remisser/kalender.xhtml?manad=" + today.plusDays(30).toString().substring(0, 7));
        assertTrue(browser.byId("remiss-calendar").getText().contains("Julmarknad i Hagaparken"));
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the calendar");

        browser.asPhone();
        for (String page : List.of("/staff/remisser/", "/staff/remisser/ny.xhtml", remissPage,
                "/staff/remisser/kalender.xhtml")) {
            browser.open(page);
            long overflow = browser.sidewaysOverflow();
            assertTrue(overflow <= 0, page + " is " + overflow + " px wider than a 360 px phone");
        }
    }
}

package se.tryggstad.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident starts an area alert on /bevakning.xhtml from the reports list: a refusal at the field,
 * then the confirmation mail; the page in Swedish and English passes axe and fits a 360 px phone.
 */
@ExtendWith(ArquillianExtension.class)
class ReportAlertBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @Test
    void aResidentStartsAnAlertWithThePlainForm() {
        String email = TestServer.uniqueName("sidbevakare") + "@example.org";
        try (Browser browser = Browser.start()) {
            browser.open("/rapporter.xhtml");
            browser.byId("alert-link").click();
            browser.until(ExpectedConditions.presenceOfElementLocated(By.id("alert:subscribe")));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the empty form");

            browser.byId("alert:latitude").sendKeys("59,3650");
            browser.byId("alert:longitude").sendKeys("17,9990");
            new Select(browser.byId("alert:radius")).selectByValue("1000");
            new Select(browser.byId("alert:category")).selectByValue("belysning");
            browser.byId("alert:email").sendKeys("inte-en-adress");
            browser.byId("alert:subscribe").click();
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alert:emailMessage"),
                    "e-postadress"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the form with an error");

            browser.byId("alert:email").clear();
            browser.byId("alert:email").sendKeys(email);
            browser.byId("alert:subscribe").click();
            browser.until(ExpectedConditions.presenceOfElementLocated(By.id("alert-outcome")));
            assertTrue(browser.byId("alert-outcome").getText().contains("mejl"), browser.byId("alert-outcome").getText());
            TestMailServer.awaitMail(email, "Bekräfta", Duration.ofSeconds(20));

            browser.open("/bevakning.xhtml");
            browser.byId("language:en").click();
            browser.awaitLanguage("en");
            assertTrue(browser.byId("alert:subscribe").getAttribute("value").contains("Start"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the English form");
            browser.byId("language:sv").click();
            browser.awaitLanguage("sv");

            browser.asPhone();
            for (String page : List.of("/bevakning.xhtml", "/bevakning.xhtml?avsluta=" + "C".repeat(43),
                    "/rapporter.xhtml")) {
                browser.open(page);
                long overflow = browser.sidewaysOverflow();
                assertTrue(overflow <= 0, page + " is " + overflow + " px wider than a 360 px phone");
            }
        }
    }
}

package se.tryggstad.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The remiss check pages in a real browser: an administrator writes a requirement rule (a wrong value is refused at
 * its input, nothing saved) and edits it into version 2; a remiss handler sees the arena concert fail and pass the
 * evacuation check; axe and the phone width on every page.
 */
@ExtendWith(ArquillianExtension.class)
class RemissRulesBrowserIT {

    private static final String PASSWORD = TestAccounts.PASSWORD;

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
    void anAdministratorWritesARuleWithMessagesAtTheFieldsAndEditsItIntoANewVersion() {
        Browser admin = signedInAdmin();
        String key = "scenvakt-" + RemissRulesIT.unique();
        admin.open("/admin/remissregel.xhtml");
        type(admin, "rule:key", key);
        type(admin, "rule:title", "Scenvakter");
        new Select(admin.byId("rule:clauses:0:field")).selectByValue("peakVisitors");
        new Select(admin.byId("rule:clauses:0:operator")).selectByValue(">=");
        type(admin, "rule:clauses:0:value", "många");
        type(admin, "rule:textSv", "Minst {count} scenvakter.");
        type(admin, "rule:textEn", "At least {count} stage guards.");
        admin.byId("rule:save").click();
        admin.until(driver -> !driver.findElement(By.id("rule:clauses:0:valueMessage")).getText().isBlank());
        assertTrue(admin.byId("rule:clauses:0:valueMessage").getText().contains("heltal"));
        assertTrue(admin.byId("rule:textSvMessage").getText().contains("besökare per enhet"),
                admin.byId("rule:textSvMessage").getText());
        assertEquals(404, RemissRulesIT.admin().get("/api/admin/remiss-rules/" + key).statusCode(), "nothing saved");

        type(admin, "rule:clauses:0:value", "500");
        type(admin, "rule:visitorsPerUnit", "250");
        admin.byId("rule:save").click();
        admin.until(driver -> driver.findElement(By.id("messages")).getText().contains("version 1"));

        type(admin, "rule:textSv", "Minst {count} scenvakter vid scenen.");
        admin.byId("rule:save").click();
        admin.until(driver -> driver.findElement(By.id("messages")).getText().contains("version 2"));
        List<String> history = admin.driver().findElements(By.cssSelector("#history tbody tr")).stream()
                .map(row -> row.getText()).toList();
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.get(0).contains("Minst {count} scenvakter.") && history.get(1).contains("vid scenen"), history.toString());

        admin.open("/admin/remissregler.xhtml");
        assertTrue(admin.find(By.tagName("main")).getText().contains(key));
    }

    @Test
    void aRemissHandlerSeesTheArenaConcertFailAndThenPassWithTheReserveExitOpen() {
        Browser handler = signedInHandler();
        handler.open("/staff/remisser/utrymning.xhtml");
        type(handler, "evacuation:crowd", "65 000");
        handler.byId("evacuation:alcohol").click();
        handler.byId("evacuation:calculate").click();
        handler.until(driver -> !driver.findElements(By.id("verdict")).isEmpty());
        assertTrue(handler.byId("verdict").getText().startsWith("Underkänt"), handler.byId("verdict").getText());
        assertEquals("9 min 51 s", handler.byId("time").getText());
        assertEquals("−1 min 51 s", handler.byId("margin").getText());
        assertTrue(handler.find(By.cssSelector(".badge.approximate")).getText().contains("Ungefärliga"));
        assertTrue(handler.byId("constants").getText().contains("Green Guide"));

        handler.byId("evacuation:reserve").click();
        handler.byId("evacuation:calculate").click();
        handler.until(driver -> driver.findElement(By.id("verdict")).getText().startsWith("Godkänt"));
        assertEquals("7 min 40 s", handler.byId("time").getText());

        type(handler, "evacuation:crowd", "många");
        handler.byId("evacuation:calculate").click();
        handler.until(driver -> !driver.findElement(By.id("evacuation:crowdMessage")).getText().isBlank());
    }

    @Test
    void theRemissCheckPagesHaveNoSeriousAccessibilityViolationsAndFitAPhone() {
        Browser admin = signedInAdmin();
        List<String> pages = List.of("/admin/remissregler.xhtml", "/admin/remissregel.xhtml",
                "/admin/remissregel.xhtml?nyckel=ordningsvakter", "/admin/arenaomradet.xhtml", "/staff/remisser/utrymning.xhtml");
        for (String page : pages) {
            admin.open(page);
            assertEquals(List.of(), admin.seriousAccessibilityViolations(), "axe-core on " + page);
        }
        type(admin, "evacuation:crowd", "65000");
        admin.byId("evacuation:calculate").click();
        admin.until(driver -> !driver.findElements(By.id("verdict")).isEmpty());
        assertEquals(List.of(), admin.seriousAccessibilityViolations(), "axe-core on the calculation's result");

        admin.asPhone();
        for (String page : pages) {
            admin.open(page);
            long overflow = admin.sidewaysOverflow();
            assertTrue(overflow <= 0, () -> page + " is " + overflow + " px wider than a 360 px phone: "
                    + admin.script("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                    + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');"));
        }
    }

    @Test
    void anAdministratorAddsAnArenaEventDayWithAMessageAtTheFieldForAMissingName() {
        Browser admin = signedInAdmin();
        String day = java.time.LocalDate.of(2060, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(3000)).toString();
        admin.open("/admin/arenaomradet.xhtml");
        admin.script("document.getElementById('arenaDay:day').value = arguments[0];", day);
        admin.byId("arenaDay:add").click();
        admin.until(driver -> !driver.findElement(By.id("arenaDay:nameMessage")).getText().isBlank());
        assertTrue(!admin.find(By.tagName("main")).getText().contains(day), "nothing saved");

        admin.script("document.getElementById('arenaDay:day').value = arguments[0];", day);
        type(admin, "arenaDay:name", "Konsert i webbläsaren");
        admin.byId("arenaDay:add").click();
        admin.until(driver -> driver.findElement(By.id("messages")).getText().contains(day));
        assertTrue(admin.byId("arenaDays:days").getText().contains("Konsert i webbläsaren"));
    }

    private Browser signedInAdmin() {
        Browser browser = browser();
        browser.signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
        browser.until(driver -> !driver.getCurrentUrl().contains("/login.xhtml"));
        return browser;
    }

    private Browser signedInHandler() {
        String username = TestAccounts.create("handlaggare", "REMISS_HANDLER");
        Browser browser = browser();
        browser.signIn(username, PASSWORD);
        browser.until(driver -> !driver.getCurrentUrl().contains("/login.xhtml"));
        return browser;
    }

    private Browser browser() {
        Browser browser = Browser.start();
        browsers.add(browser);
        return browser;
    }

    private static void type(Browser browser, String id, String text) {
        browser.byId(id).clear();
        browser.byId(id).sendKeys(text);
    }
}

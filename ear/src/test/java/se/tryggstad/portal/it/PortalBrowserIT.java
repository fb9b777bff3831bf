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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person with a browser: language switch, sign-in, protected pages, accessibility. */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {

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
    void theHomePageSwitchesLanguage() {
        open("/");
        assertEquals("sv", htmlLang());
        assertTrue(browser.find(By.tagName("nav")).getText().contains("Rapportera"));

        browser.find(By.id("language:en")).click();
        browser.until(driver -> "en".equals(htmlLang()));
        assertTrue(browser.find(By.tagName("nav")).getText().contains("Report"),
                browser.find(By.tagName("nav")).getText());

        browser.find(By.id("language:sv")).click();
        browser.until(driver -> "sv".equals(htmlLang()));
    }

    @Test
    void staffSignInAndProtectedPagesAreRefusedToAnonymousVisitors() {
        String username = TestAccounts.create("browser", "STAFF");
        String password = TestAccounts.PASSWORD;

        open("/staff/index.xhtml");
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertTrue(browser.driver().getPageSource().contains("login:username"));

        browser.find(By.id("login:username")).sendKeys(username);
        browser.find(By.id("login:password")).sendKeys("fel lösenord helt och hållet");
        browser.find(By.id("login:submit")).click();
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.until(driver -> driver.getPageSource().contains("Fel användarnamn eller lösenord"));

        signIn(username, password);
        browser.until(ExpectedConditions.urlContains("/staff/"));
        assertTrue(browser.find(By.tagName("main")).getText().contains(username),
                browser.find(By.tagName("main")).getText());

        browser.find(By.id("logout:submit")).click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='login.xhtml']")));
        open("/staff/index.xhtml");
        browser.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void anAdministratorOpensAnAccountOnTheAccountPage() {
        signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
        browser.until(ExpectedConditions.urlContains("/admin/konton.xhtml"));

        String username = TestServer.uniqueName("ui");
        browser.find(By.id("newAccount:username")).sendKeys(username);
        browser.find(By.id("newAccount:displayName")).sendKeys("Ulla Gränssnitt");
        browser.find(By.id("newAccount:password")).sendKeys("kort");
        browser.find(By.id("newAccount:submit")).click();
        browser.until(driver -> !driver.findElement(By.id("newAccount:passwordMessage")).getText().isBlank());
        assertTrue(browser.find(By.id("accounts")).getText().lines().noneMatch(line -> line.contains(username)),
                "nothing is saved when the password is refused");

        browser.find(By.id("newAccount:password")).clear();
        browser.find(By.id("newAccount:password")).sendKeys("gränssnittets långa fras 8");
        browser.find(By.id("newAccount:roles:0")).click();
        browser.find(By.id("newAccount:submit")).click();
        browser.until(driver -> driver.findElement(By.id("accounts")).getText().contains(username));
        assertTrue(browser.find(By.id("accounts")).getText().contains("Ulla Gränssnitt"));

        new ApiClient().signIn(username, "gränssnittets långa fras 8");
    }

    @Test
    void publicPagesHaveNoSeriousAccessibilityViolations() {
        for (String page : List.of("/", "/login.xhtml", "/sok.xhtml?q=st%C3%B6d", "/stod.xhtml")) {
            open(page);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on " + page);
        }
    }

    @Test
    void thePhoneLayoutHasNoSidewaysScrolling() {
        browser.asPhone();
        for (String page : List.of("/", "/login.xhtml", "/stod.xhtml")) {
            open(page);
            long overflow = browser.sidewaysOverflow();
            assertTrue(overflow <= 0, page + " is " + overflow + " px wider than a 360 px phone");
        }
    }

    private void signIn(String username, String password) {
        browser.signIn(username, password);
    }

    private void open(String path) {
        browser.open(path);
    }

    private String htmlLang() {
        return browser.pageLanguage();
    }
}

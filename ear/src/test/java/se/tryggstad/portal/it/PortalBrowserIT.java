package se.tryggstad.portal.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person with a browser: language switch, sign-in, protected pages, accessibility. */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        String chromedriver = System.getProperty("trygg.chromedriver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("trygg.chromium", "/usr/bin/chromium");
        if (!new File(chromedriver).canExecute() || !new File(chromium).canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and its driver: "
                    + "apt-get install chromium chromium-driver (looked for " + chromium + " and " + chromedriver + ")");
        }
        Path profile = Files.createTempDirectory("trygg-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=sv-SE",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHomePageSwitchesLanguage() {
        open("/");
        assertEquals("sv", htmlLang());
        assertTrue(browser.findElement(By.tagName("nav")).getText().contains("Rapportera"));

        browser.findElement(By.id("language:en")).click();
        wait.until(driver -> "en".equals(htmlLang()));
        assertTrue(browser.findElement(By.tagName("nav")).getText().contains("Report"),
                browser.findElement(By.tagName("nav")).getText());

        browser.findElement(By.id("language:sv")).click();
        wait.until(driver -> "sv".equals(htmlLang()));
    }

    @Test
    void staffSignInAndProtectedPagesAreRefusedToAnonymousVisitors() {
        String username = TestServer.uniqueName("browser");
        String password = "webbläsarens långa fras 5";
        new ApiClient().signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword())
                .postJson("/api/admin/accounts", "{\"username\":\"" + username + "\",\"displayName\":\"Bo Browser\","
                        + "\"password\":\"" + password + "\",\"roles\":[\"STAFF\"]}");

        open("/staff/index.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertTrue(browser.getPageSource().contains("login:username"));

        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys("fel lösenord helt och hållet");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        wait.until(driver -> driver.getPageSource().contains("Fel användarnamn eller lösenord"));

        signIn(username, password);
        wait.until(ExpectedConditions.urlContains("/staff/"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(username),
                browser.findElement(By.tagName("main")).getText());

        browser.findElement(By.id("logout:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='login.xhtml']")));
        open("/staff/index.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void anAdministratorOpensAnAccountOnTheAccountPage() {
        signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
        wait.until(ExpectedConditions.urlContains("/admin/konton.xhtml"));

        String username = TestServer.uniqueName("ui");
        browser.findElement(By.id("newAccount:username")).sendKeys(username);
        browser.findElement(By.id("newAccount:displayName")).sendKeys("Ulla Gränssnitt");
        browser.findElement(By.id("newAccount:password")).sendKeys("kort");
        browser.findElement(By.id("newAccount:submit")).click();
        wait.until(driver -> !driver.findElement(By.id("newAccount:passwordMessage")).getText().isBlank());
        assertTrue(browser.findElement(By.id("accounts")).getText().lines().noneMatch(line -> line.contains(username)),
                "nothing is saved when the password is refused");

        browser.findElement(By.id("newAccount:password")).clear();
        browser.findElement(By.id("newAccount:password")).sendKeys("gränssnittets långa fras 8");
        browser.findElement(By.id("newAccount:roles:0")).click();
        browser.findElement(By.id("newAccount:submit")).click();
        wait.until(driver -> driver.findElement(By.id("accounts")).getText().contains(username));
        assertTrue(browser.findElement(By.id("accounts")).getText().contains("Ulla Gränssnitt"));

        new ApiClient().signIn(username, "gränssnittets långa fras 8");
    }

    @Test
    void publicPagesHaveNoSeriousAccessibilityViolations() {
        for (String page : List.of("/", "/login.xhtml", "/sok.xhtml?q=st%C3%B6d", "/stod.xhtml")) {
            open(page);
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser);
            List<String> blocking = results.getViolations().stream()
                    .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                    .map(PortalBrowserIT::describe)
                    .toList();
            assertEquals(List.of(), blocking, "axe-core on " + page);
        }
    }

    @Test
    void thePhoneLayoutHasNoSidewaysScrolling() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 780, "deviceScaleFactor", 2, "mobile", true));
        for (String page : List.of("/", "/login.xhtml", "/stod.xhtml")) {
            open(page);
            long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow <= 0, page + " is " + overflow + " px wider than a 360 px phone");
        }
    }

    private void signIn(String username, String password) {
        if (!browser.getCurrentUrl().contains("/login.xhtml")) {
            open("/login.xhtml");
        }
        browser.findElement(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private void open(String path) {
        browser.get(TestServer.uri(path).toString());
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}

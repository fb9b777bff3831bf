package se.tryggstad.portal.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) pointed at the server
 * under test, with the checks every page shares: axe-core and the 360 px phone width.
 */
public final class Browser implements AutoCloseable {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private static final Json JSON = new Json();

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private final List<String> requested = new ArrayList<>();
    private final List<String> blocked = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        // a Faces update may replace an element between finding it and reading it: look again
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** A fresh browser with an empty profile, Swedish as its language, at desktop size. */
    public static Browser start() {
        return start(false);
    }

    /** Like {@link #start()}, and records every request the pages make, for {@link #requestedUrls()}. */
    public static Browser startRecordingRequests() {
        return start(true);
    }

    private static Browser start(boolean recordRequests) {
        String chromedriver = System.getProperty("trygg.chromedriver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("trygg.chromium", "/usr/bin/chromium");
        if (!new File(chromedriver).canExecute() || !new File(chromium).canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and its driver: "
                    + "apt-get install chromium chromium-driver (looked for " + chromium + " and " + chromedriver + ")");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("trygg-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=sv-SE",
                        "--user-data-dir=" + profile);
        if (recordRequests) {
            options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        return new Browser(driver, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    public ChromeDriver chrome() {
        return driver;
    }

    /** Opens a path of the server under test and waits until the document is loaded. */
    public Browser open(String path) {
        driver.get(TestServer.uri(path).toString());
        waitUntilLoaded();
        return this;
    }

    public void waitUntilLoaded() {
        until(d -> "complete".equals(script("return document.readyState")));
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * The page's language, read by script: a page replaced while an element of it is read makes Chromium
     * answer "node does not belong to the document", which no element lookup can avoid.
     */
    public String pageLanguage() {
        return String.valueOf(script("return document.documentElement.lang"));
    }

    /** Waits until the page (perhaps one still loading) is in the language. */
    public void awaitLanguage(String language) {
        until(d -> language.equals(pageLanguage()));
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Fills the login form and submits it; the caller waits for where it should land. */
    public Browser signIn(String username, String password) {
        if (!url().contains("/login.xhtml")) {
            open("/login.xhtml");
        }
        byId("login:username").clear();
        byId("login:username").sendKeys(username);
        byId("login:password").sendKeys(password);
        byId("login:submit").click();
        return this;
    }

    /** axe-core's serious and critical WCAG 2.1 A/AA findings on the current page; empty is a pass. */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    /**
     * Every URL the browser has requested since it started (Chrome's DevTools {@code Network.requestWillBeSent}
     * events from the performance log); only for a browser from {@link #startRecordingRequests()}.
     */
    public List<String> requestedUrls() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> event = JSON.toType(entry.getMessage(), Json.MAP_TYPE);
            Object message = event.get("message");
            if (message instanceof Map<?, ?> body && "Network.requestWillBeSent".equals(body.get("method"))
                    && body.get("params") instanceof Map<?, ?> params && params.get("request") instanceof Map<?, ?> request) {
                requested.add(String.valueOf(request.get("url")));
            }
        }
        return List.copyOf(requested);
    }

    /**
     * From now on the browser fails every request whose URL starts with this prefix at once, without sending it,
     * so that a test never reaches the internet (e.g. the neutral site of the quick exit).
     */
    public Browser blockRequestsTo(String urlPrefix) {
        driver.executeCdpCommand("Network.enable", Map.of());
        blocked.add(urlPrefix + "*");
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.copyOf(blocked)));
        return this;
    }

    /** From now on the window is a 360 px wide phone. */
    public Browser asPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 780, "deviceScaleFactor", 2, "mobile", true));
        return this;
    }

    /** How many pixels the current page is wider than the window; 0 or less means no sideways scrolling. */
    public long sidewaysOverflow() {
        return (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    /** Chromium's profile folder, tens of megabytes, would otherwise stay in the temp folder per test. */
    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete the browser profile " + profile + ": " + e);
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}

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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forum workspace in a browser: a member plans a trygghetsvandring, then records a finding on a
 * 360 px phone, which becomes a report shown on the walk; the workspace pages pass axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class ForumWorkspaceBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    private static long forum;
    private static String member;
    private Browser browser;

    @BeforeAll
    static void forumWithAMember() {
        ApiClient city = LeisureData.signedIn(LeisureData.account("wsb-staff", "STAFF"));
        forum = ForumData.forum(city, ForumData.platssamverkan(TestServer.uniqueName("Webbtorg"), false));
        member = ForumData.member(city, forum, "wsb-member");
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start().blockRequestsTo("https://tile.openstreetmap.org");
        browser.signIn(member, LeisureData.PASSWORD);
        browser.until(driver -> !driver.getCurrentUrl().contains("login.xhtml"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aMemberPlansAWalkAndRecordsAFindingOnAPhone() {
        browser.open("/partner/samverkan/vandring.xhtml?id=" + forum);
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the walks page");
        browser.byId("plan:save").click();
        browser.until(driver -> !driver.findElement(By.id("plan:routeMessage")).getText().isBlank());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core with errors at the fields");

        String title = TestServer.uniqueName("Vandring vid torget");
        browser.byId("plan:title").sendKeys(title);
        browser.script("document.getElementById('plan:date').value = '2026-12-03';"
                + "document.getElementById('plan:time').value = '18:30';");
        browser.byId("plan:meetingPoint").sendKeys("Vid fontänen");
        browser.byId("plan:route").clear();
        browser.byId("plan:route").sendKeys("59.3600,17.9990;59.3605,18.0008;59.3611,18.0022");
        browser.driver().findElement(By.cssSelector("input[name='plan:invited']")).click();
        browser.byId("plan:save").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("finding:record")));
        assertTrue(browser.byId("walk-meeting-point").getText().contains("Vid fontänen"));
        assertTrue(browser.byId("walk-route").getText().contains("59.360000,17.999000"));

        browser.asPhone();
        browser.driver().navigate().refresh();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("finding:record")));
        new Select(browser.byId("finding:category")).selectByValue("belysning");
        browser.byId("finding:place").sendKeys("Gångtunneln");
        browser.byId("finding:latitude").sendKeys("59.3605");
        browser.byId("finding:longitude").sendKeys("18.0001");
        browser.byId("finding:description").sendKeys("Två lampor är trasiga.");
        browser.byId("finding:record").click();
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings .finding-reference")));
        String reference = browser.find(By.cssSelector("#findings .finding-reference")).getText();
        assertTrue(reference.matches("TR-20[0-9]{2}-[0-9]{6,}"), reference);
        assertTrue(browser.byId("findings").getText().contains("Ny"), "the report's status");
        assertEquals(200, new ApiClient().get("/api/reports/" + reference).statusCode());
        assertTrue(browser.sidewaysOverflow() <= 0, "no sideways scrolling at 360 px");
        assertTrue(browser.byId("finding:record").getSize().getHeight() >= 44, "a big button");
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the walk at phone width");
    }

    @Test
    void aMemberUploadsADocumentVersionAndARefusedFileIsShownAtTheField() throws IOException {
        browser.open("/partner/samverkan/dokument.xhtml?id=" + forum);
        String title = TestServer.uniqueName("Protokoll");
        Path html = Files.createTempFile("sida", ".pdf");
        Files.writeString(html, "<html><script>alert(1)</script></html>");
        browser.byId("upload:title").sendKeys(title);
        browser.byId("upload:file").sendKeys(html.toAbsolutePath().toString());
        browser.byId("upload:send").click();
        browser.until(driver -> !driver.findElement(By.id("upload:fileMessage")).getText().isBlank());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core with a refused file");

        Path pdf = Files.createTempFile("protokoll", ".pdf");
        Files.write(pdf, ForumWorkspaceIT.pdf("protokoll"));
        browser.byId("upload:file").sendKeys(pdf.toAbsolutePath().toString());
        browser.byId("upload:send").click();
        browser.until(driver -> driver.getPageSource().contains(pdf.getFileName().toString()));
        assertTrue(browser.find(By.tagName("main")).getText().contains(title));
        Files.delete(html);
        Files.delete(pdf);
    }

    @Test
    void theOtherWorkspacePagesPassAxeAtPhoneWidth() {
        browser.asPhone();
        for (String page : List.of("dokument", "inlagg", "lagesbild")) {
            browser.open("/partner/samverkan/" + page + ".xhtml?id=" + forum);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on " + page);
            assertTrue(browser.sidewaysOverflow() <= 0, "no sideways scrolling on " + page);
        }
    }
}

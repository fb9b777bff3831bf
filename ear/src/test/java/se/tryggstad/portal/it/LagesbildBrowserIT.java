package se.tryggstad.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff open the lägesbild from the report list, filter it by district, and see the figures, the
 * matrix and the map; the page passes axe-core and fits a 360 px phone.
 */
@ExtendWith(ArquillianExtension.class)
class LagesbildBrowserIT {

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @Test
    void staffFilterTheLagesbildByDistrictAndThePagePassesAxeAndFitsAPhone() {
        String username = TestAccounts.create("lagesbildbrowser", "STAFF");
        String place = TestServer.uniqueName("Bergshamra torg");
        HttpResponse<String> report = new ApiClient().postJson("/api/reports", "{\"category\":\"skadegorelse\","
                + "\"place\":\"" + place + "\",\"description\":\"Krossad busskur.\",\"latitude\":59.3807,"
                + "\"longitude\":18.0361,\"unsafeTimes\":[\"NATT\"],\"unsafeDays\":[\"SATURDAY\"]}");
        assertEquals(201, report.statusCode(), report.body());

        try (Browser browser = Browser.start()) {
            browser.signIn(username, PASSWORD);
            browser.until(ExpectedConditions.urlContains("/staff/"));
            browser.open("/staff/rapporter.xhtml");
            browser.byId("lagesbild-link").click();
            browser.until(ExpectedConditions.presenceOfElementLocated(By.id("matrix")));
            assertTrue(browser.byId("districts-approximate").getText().contains("ungefärliga"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the lägesbild");

            new Select(browser.byId("filter-district")).selectByValue("bergshamra");
            new Select(browser.byId("filter-category")).selectByValue("skadegorelse");
            browser.byId("filter-submit").click();
            browser.until(ExpectedConditions.urlContains("stadsdel=bergshamra"));
            browser.waitUntilLoaded();
            String districts = browser.byId("by-district").getText();
            assertTrue(districts.contains("Bergshamra"), districts);
            assertTrue(browser.byId("densest").getText().contains("Bergshamra"), browser.byId("densest").getText());
            long saturdayNights = Long.parseLong(browser.byId("matrix-NATT-6").getText().strip());
            assertTrue(saturdayNights >= 1, "Saturday night counts the new report: " + saturdayNights);
            assertTrue(browser.byId("export-csv").getAttribute("href").contains("district=bergshamra"));
            browser.until(driver -> !driver.findElements(By.cssSelector("#lagesbild-map path.leaflet-interactive"))
                    .isEmpty());
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the filtered lägesbild");

            browser.open("/staff/lagesbild.xhtml?fran=2026-13-45");
            assertTrue(browser.byId("filter-from-error").getText().contains("2026-01-31"), browser.byId("filter-from-error").getText());
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core with a wrong date");

            browser.asPhone();
            browser.open("/staff/lagesbild.xhtml?stadsdel=bergshamra");
            long overflow = browser.sidewaysOverflow();
            assertTrue(overflow <= 0, "the lägesbild is " + overflow + " px wider than a 360 px phone");
        }
    }
}

package se.tryggstad.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.tryggstad.portal.it.NoInternals.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages over plain HTTP: roles checked by the server, error pages without internals. */
@ExtendWith(ArquillianExtension.class)
class PagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @Test
    void theHomePageIsSwedishAndHasASkipLink() {
        HttpResponse<String> home = new ApiClient().get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("lang=\"sv\""), home.body());
        assertTrue(home.body().contains("href=\"#main\""), "skip link to the main content");
        assertTrue(home.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff/index.xhtml", "/admin/konton.xhtml", "/partner/index.xhtml"})
    void protectedPagesSendAnonymousVisitorsToTheLoginPage(String page) {
        HttpResponse<String> response = new ApiClient().get(page);
        assertEquals(302, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        assertFalse(response.body().contains("Personalens"), "no protected content before sign-in");
    }

    @Test
    void aSignedInPersonWithoutTheRoleIsRefused() {
        ApiClient partner = TestAccounts.signedInAs("partner", "PARTNER");
        assertEquals(200, partner.get("/partner/index.xhtml").statusCode());
        HttpResponse<String> staffPage = partner.get("/staff/index.xhtml");
        assertEquals(403, staffPage.statusCode());
        assertNoInternals(staffPage);
        assertEquals(403, partner.get("/admin/konton.xhtml").statusCode());
    }

    @Test
    void anUnknownPageIsAFriendly404() {
        HttpResponse<String> response = new ApiClient().get("/finns-inte.xhtml");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("<h1"), response.body());
        assertNoInternals(response);
    }

    @Test
    void deploymentDescriptorsAreNotServed() {
        int status = new ApiClient().get("/WEB-INF/web.xml").statusCode();
        assertTrue(status == 403 || status == 404, "status " + status);
    }

    @Test
    void aBrokenPostbackDoesNotShowAStackTrace() {
        HttpResponse<String> response = new ApiClient().send("POST", "/login.xhtml",
                "application/x-www-form-urlencoded", "login=login&jakarta.faces.ViewState=forged%3A1");
        assertTrue(response.statusCode() < 500 || response.body().contains("<h1"), "status " + response.statusCode());
        assertNoInternals(response);
    }
}

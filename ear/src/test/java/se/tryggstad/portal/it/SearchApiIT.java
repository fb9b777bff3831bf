package se.tryggstad.portal.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.it.NoInternals.assertNoInternals;

/** The search API and pages over HTTP: bad parameters are 400 problems, odd text never fails. */
@ExtendWith(ArquillianExtension.class)
class SearchApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @Test
    void wrongParametersAreNamedInA400Problem() {
        JsonObject problem = ApiIT.assertProblem(new ApiClient().get("/api/search?q=stod&page=abc&size=500&type=kings"), 400);
        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).sorted().toList();
        assertEquals(List.of("page", "size", "type"), fields);

        ApiIT.assertProblem(new ApiClient().get("/api/search?q=" + "a".repeat(1001)), 400);
        ApiIT.assertProblem(new ApiClient().get("/api/search/suggest?q=" + "a".repeat(101)), 400);
    }

    @Test
    void luceneSyntaxAndLongQueriesAreJustText() {
        for (String text : List.of("*:( \"", "title:x AND (", "\\", "a".repeat(1000), "fritidsgård~2^3", "\"")) {
            HttpResponse<String> response = new ApiClient().get("/api/search?q=" + encode(text));
            assertEquals(200, response.statusCode(), text + " -> " + response.body());
            assertTrue(ApiClient.json(response).containsKey("total"));
        }
        assertEquals(200, new ApiClient().get("/api/search/suggest?q=" + encode("*:(")).statusCode());
    }

    @Test
    void theSearchPageShowsParameterErrorsAtTheField() {
        HttpResponse<String> page = new ApiClient().get("/sok.xhtml?q=stod&sida=abc&typ=kings");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"search-errors\""), page.body());
        assertNoInternals(page);
    }

    @Test
    void theSearchIndexIsForAdministratorsOnly() {
        ApiIT.assertProblem(new ApiClient().get("/api/admin/search-index"), 401);
        ApiIT.assertProblem(new ApiClient().send("POST", "/api/admin/search-index/rebuild", null, null), 401);

        ApiClient admin = new ApiClient().signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
        HttpResponse<String> started = admin.send("POST", "/api/admin/search-index/rebuild", null, null);
        assertTrue(started.statusCode() == 202 || started.statusCode() == 409, started.body());

        Await.until(() -> !ApiClient.json(admin.get("/api/admin/search-index")).getJsonObject("rebuild")
                .getBoolean("running"), Duration.ofSeconds(30), "the rebuild ends");
        JsonObject state = ApiClient.json(admin.get("/api/admin/search-index"));
        assertFalse(state.getBoolean("needsRebuild"), state.toString());
        assertEquals("", state.getJsonObject("rebuild").getString("failure"));
        assertEquals(200, admin.get("/admin/sokindex.xhtml").statusCode());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

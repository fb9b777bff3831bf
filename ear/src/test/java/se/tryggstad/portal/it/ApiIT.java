package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API of the real EAR: health, problem+json for every kind of bad input, roles. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @Test
    void healthReportsTheDatabase() {
        HttpResponse<String> response = new ApiClient().get("/api/health");
        assertEquals(200, response.statusCode());
        JsonObject body = ApiClient.json(response);
        assertEquals("UP", body.getString("status"));
        assertEquals("UP", body.getString("database"));
    }

    @Test
    void unknownPathIsProblem404() {
        assertProblem(new ApiClient().get("/api/no-such-thing"), 404);
    }

    @Test
    void wrongMethodIsProblem405() {
        HttpResponse<String> response = new ApiClient().send("DELETE", "/api/health", null, null);
        assertProblem(response, 405);
    }

    @Test
    void wrongContentTypeIsProblem415() {
        assertProblem(new ApiClient().send("POST", "/api/session", "text/plain", "username=a"), 415);
    }

    @Test
    void anUnservableAcceptIsProblem406() {
        HttpResponse<String> response = new ApiClient().sendAccepting("GET", "/api/health", "text/csv");
        assertEquals(406, response.statusCode(), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void wrongJsonTypesAreProblem400() {
        assertProblem(new ApiClient().postJson("/api/session", "{\"username\": {\"a\": 1}, \"password\": []}"), 400);
    }

    @Test
    void malformedJsonIsProblem400() {
        assertProblem(new ApiClient().postJson("/api/session", "{\"username\": \"a\", "), 400);
        assertProblem(new ApiClient().postJson("/api/session", "[1, 2, 3]"), 400);
        assertProblem(new ApiClient().postJson("/api/session", "\"just a string\""), 400);
    }

    @Test
    void missingFieldsAreNamedInTheProblem() {
        HttpResponse<String> response = new ApiClient().postJson("/api/session", "{\"username\": \"  \"}");
        JsonObject problem = assertProblem(response, 400);
        assertEquals(List.of("password", "username"), fieldsOf(problem));
    }

    @Test
    void emptyBodyIsProblem400() {
        assertProblem(new ApiClient().postJson("/api/session", ""), 400);
    }

    @Test
    void wrongPasswordIsProblem401() {
        assertProblem(new ApiClient().postJson("/api/session",
                "{\"username\": \"it-admin\", \"password\": \"not-the-password\"}"), 401);
    }

    @Test
    void accountAdministrationNeedsSignIn() {
        assertProblem(new ApiClient().get("/api/admin/accounts"), 401);
    }

    @Test
    void firstAdministratorCreatesAccountsThatCanSignIn() {
        ApiClient admin = new ApiClient().signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
        String username = TestServer.uniqueName("staff");
        HttpResponse<String> created = admin.postJson("/api/admin/accounts", newAccount(username, "Lång fras för personal 7", "STAFF"));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/admin/accounts/" + username));

        ApiClient staff = new ApiClient().signIn(username, "Lång fras för personal 7");
        JsonObject me = ApiClient.json(staff.get("/api/session"));
        assertEquals(username, me.getString("username"));
        assertEquals(List.of("STAFF"), me.getJsonArray("roles").getValuesAs(JsonString::getString));

        assertProblem(staff.get("/api/admin/accounts"), 403);
    }

    @Test
    void accountRulesGiveFieldErrorsAndConflicts() {
        ApiClient admin = new ApiClient().signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
        String username = TestServer.uniqueName("dup");
        assertEquals(201, admin.postJson("/api/admin/accounts", newAccount(username, "en helt okej fras 42", "PARTNER")).statusCode());

        assertProblem(admin.postJson("/api/admin/accounts", newAccount(username, "en annan okej fras 43", "PARTNER")), 409);

        JsonObject weak = assertProblem(admin.postJson("/api/admin/accounts",
                newAccount(TestServer.uniqueName("weak"), "aaaaaaaaaaaa", "STAFF")), 400);
        assertEquals(List.of("password"), fieldsOf(weak));

        JsonObject badRole = assertProblem(admin.postJson("/api/admin/accounts",
                newAccount(TestServer.uniqueName("role"), "en helt okej fras 44", "KING")), 400);
        assertFalse(badRole.getString("detail").isBlank());

        JsonObject badName = assertProblem(admin.postJson("/api/admin/accounts",
                newAccount("å ä ö", "en helt okej fras 45", "STAFF")), 400);
        assertEquals(List.of("username"), fieldsOf(badName));
    }

    @Test
    void rolesCanBeChangedButTheLastAdministratorStays() {
        ApiClient admin = new ApiClient().signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
        String username = TestServer.uniqueName("roles");
        admin.postJson("/api/admin/accounts", newAccount(username, "en helt okej fras 46", "STAFF"));

        HttpResponse<String> changed = admin.putJson("/api/admin/accounts/" + username + "/roles",
                "{\"roles\": [\"STAFF\", \"REMISS_HANDLER\"]}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(List.of("REMISS_HANDLER", "STAFF"), ApiClient.json(changed).getJsonArray("roles")
                .getValuesAs(JsonString::getString).stream().sorted().toList());

        assertProblem(admin.putJson("/api/admin/accounts/nobody-" + username + "/roles", "{\"roles\": []}"), 404);
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        HttpResponse<String> response = new ApiClient().send("GET", "/openapi?format=JSON", null, null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/health"), response.body());
        assertTrue(response.body().contains("/api/admin/accounts"));
    }

    @Test
    void responsesCarrySecurityHeaders() {
        HttpResponse<String> response = new ApiClient().get("/api/health");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    private static String newAccount(String username, String password, String role) {
        return Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Test " + username)
                .add("password", password)
                .add("roles", Json.createArrayBuilder().add(role))
                .build().toString();
    }

    private static List<String> fieldsOf(JsonObject problem) {
        JsonArray errors = problem.getJsonArray("errors");
        return errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).sorted().toList();
    }

    static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")
                .split(";")[0].trim(), response.body());
        JsonObject problem = ApiClient.json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(response.body().contains("Exception"), "no internals: " + response.body());
        assertFalse(response.body().contains("\tat "), "no stack trace: " + response.body());
        return problem;
    }
}

package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Accounts for the tests, made through the admin API, each with a unique name and the one test password. */
final class TestAccounts {

    static final String PASSWORD = "Solnas testkonton har en lång fras 7";

    private TestAccounts() {
    }

    static ApiClient admin() {
        return new ApiClient().signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
    }

    /** A new account with these roles; answers its username. */
    static String create(String prefix, String... roles) {
        String username = TestServer.uniqueName(prefix);
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        for (String role : roles) {
            roleArray.add(role);
        }
        HttpResponse<String> created = admin().postJson("/api/admin/accounts", Json.createObjectBuilder()
                .add("username", username).add("displayName", "Test " + prefix).add("password", PASSWORD)
                .add("roles", roleArray).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    static ApiClient signedIn(String username) {
        return new ApiClient().signIn(username, PASSWORD);
    }

    /** A new account with these roles, signed in. */
    static ApiClient signedInAs(String prefix, String... roles) {
        return signedIn(create(prefix, roles));
    }
}

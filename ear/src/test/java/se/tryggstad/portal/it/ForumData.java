package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Forums and members for the forum tests, made through the staff and admin APIs. A member user is a
 * PARTNER account attached to an organisation that staff admitted to the forum.
 */
final class ForumData {

    /** Inside the default city box: a small square around Solna centrum. */
    static final String SOLNA_CENTRUM_AREA = "59.3620,17.9960;59.3620,18.0045;59.3575,18.0045;59.3575,17.9960";

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);
    private static final Pattern TOKEN = Pattern.compile("losenord\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    private ForumData() {
    }

    /** A client address of its own, so the application rate limit does not spill between tests. */
    static String nextClient() {
        return "198.51.100." + CLIENTS.getAndIncrement();
    }

    static JsonObject application(String organisation, String number, String contactEmail, long forumId) {
        return Json.createObjectBuilder().add("organisationName", organisation).add("organisationNumber", number)
                .add("type", "FASTIGHETSAGARE").add("contactName", "Kim Kontakt").add("contactEmail", contactEmail)
                .add("contactPhone", "08-123 456 78").add("forumIds", Json.createArrayBuilder().add(forumId)).build();
    }

    /** Sends an application as this client address (the tests are a trusted proxy). */
    static HttpResponse<String> apply(String client, JsonObject application) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(TestServer.uri("/api/forum-applications"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Accept", "application/json, application/problem+json").header("X-Forwarded-For", client)
                    .POST(HttpRequest.BodyPublishers.ofString(application.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A member who came the whole way: an application for a new organisation to this public forum,
     * verified by staff, the invitation accepted. Returns the username (which is the e-mail address).
     */
    static String invitedMember(ApiClient staff, long forumId, String organisationName) {
        String email = TestServer.uniqueName("medlem").toLowerCase() + "@samverkan.example";
        HttpResponse<String> sent = apply(nextClient(), application(organisationName,
                LeisureData.randomOrganisationNumber(), email, forumId));
        assertEquals(201, sent.statusCode(), sent.body());
        long application = ApiClient.json(sent).getJsonNumber("id").longValue();
        HttpResponse<String> verified = staff.send("POST", "/api/staff/forum-applications/" + application + "/verify",
                null, null);
        assertEquals(200, verified.statusCode(), verified.body());
        String token = tokenIn(TestMailServer.awaitMail(email, "är nu med", Duration.ofSeconds(20)).body());
        HttpResponse<String> accepted = new ApiClient().postJson("/api/forum-invitations/accept",
                acceptance(token, LeisureData.PASSWORD));
        assertEquals(200, accepted.statusCode(), accepted.body());
        return ApiClient.json(accepted).getString("username");
    }

    static String acceptance(String token, String password) {
        return Json.createObjectBuilder().add("token", token).add("password", password).build().toString();
    }

    /** The set-password token in a mail's link. */
    static String tokenIn(String mailBody) {
        Matcher matcher = TOKEN.matcher(mailBody);
        if (!matcher.find()) {
            throw new AssertionError("no set-password link in: " + mailBody);
        }
        return matcher.group(1);
    }

    static JsonObjectBuilder platssamverkan(String name, boolean publicPage) {
        return Json.createObjectBuilder().add("type", "PLATSSAMVERKAN").add("name", name)
                .add("purposeSv", "Vi arbetar tillsammans för ett tryggt torg.").add("purposeEn", "We work together.")
                .add("area", SOLNA_CENTRUM_AREA).add("publicPage", publicPage);
    }

    /** A new forum founded by this staff client; returns its id. */
    static long forum(ApiClient staff, JsonObjectBuilder forum) {
        HttpResponse<String> created = staff.postJson("/api/staff/forums", forum.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created).getJsonNumber("id").longValue();
    }

    static void admit(ApiClient staff, long forumId, long organisationId) {
        HttpResponse<String> admitted = staff.putJson("/api/staff/forums/" + forumId + "/members",
                "{\"organisationId\":" + organisationId + "}");
        assertEquals(200, admitted.statusCode(), admitted.body());
    }

    /** A new PARTNER account whose new organisation is a member of the forum; returns the username. */
    static String member(ApiClient staff, long forumId, String prefix) {
        String username = LeisureData.account(prefix, "PARTNER");
        admit(staff, forumId, LeisureData.organisationWith(username));
        return username;
    }
}

package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Forums and members for the forum tests, made through the staff and admin APIs. A member user is a
 * PARTNER account attached to an organisation that staff admitted to the forum.
 */
final class ForumData {

    /** Inside the default city box: a small square around Solna centrum. */
    static final String SOLNA_CENTRUM_AREA = "59.3620,17.9960;59.3620,18.0045;59.3575,18.0045;59.3575,17.9960";

    private ForumData() {
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

package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The remiss checks over HTTP: administrators keep versioned requirement rules (and only they may), a bad rule is
 * refused at its field and saves nothing, a new version is what the engine proposes at once; the evacuation check of
 * the approximate arena area fails for a large concert and passes with a reserve exit open; arena event days flag
 * events in the arena area.
 */
@ExtendWith(ArquillianExtension.class)
class RemissRulesIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @Test
    void theSeededRulesAreThereForAdministratorsOnly() {
        JsonArray rules = (JsonArray) ApiClient.parse(admin().get("/api/admin/remiss-rules").body());
        List<String> keys = rules.getValuesAs(JsonObject.class).stream().map(rule -> rule.getString("key")).toList();
        assertTrue(keys.containsAll(List.of("sakerhetsplan", "ordningsvakter", "utrymningsplan", "renhallning-parkmark",
                "ta-plan", "sjukvard", "ljud-och-grannar", "pyroteknik")), keys.toString());

        ApiClient staff = signedIn("STAFF");
        ApiClient handler = signedIn("REMISS_HANDLER");
        for (ApiClient notAdmin : List.of(staff, handler)) {
            assertEquals(403, notAdmin.get("/api/admin/remiss-rules").statusCode());
            assertEquals(403, notAdmin.postJson("/api/admin/remiss-rules", rule("hack-" + unique(), "300", "Text").toString())
                    .statusCode());
            assertEquals(403, notAdmin.putJson("/api/admin/remiss-rules/sakerhetsplan", rule(null, "1", "Text").toString())
                    .statusCode());
            assertEquals(403, notAdmin.get("/admin/remissregler.xhtml").statusCode());
            assertEquals(403, notAdmin.get("/admin/remissregel.xhtml?nyckel=sakerhetsplan").statusCode());
        }
        assertEquals(1, version(admin(), "sakerhetsplan"), "nobody but an administrator changed it");

        assertEquals(403, staff.postJson("/api/staff/remiss-checks/villkor", facts(500, false, false).toString()).statusCode());
        assertEquals(403, staff.get("/staff/remisser/utrymning.xhtml").statusCode(), "STAFF alone is no remiss handler");
        assertEquals(200, handler.get("/staff/remisser/utrymning.xhtml").statusCode());
        assertEquals(200, handler.postJson("/api/staff/remiss-checks/villkor", facts(500, false, false).toString()).statusCode());
        assertEquals(401, new ApiClient().get("/api/admin/remiss-rules").statusCode());
    }

    @Test
    void aBadRuleIsRefusedAtItsFieldsAndNothingIsSaved() {
        String key = "trasig-" + unique();
        JsonObject bad = Json.createObjectBuilder(rule(key, "många", "Text med {okänd}"))
                .add("clauses", Json.createArrayBuilder()
                        .add(clause(1, "peakVisitors", ">=", "många"))
                        .add(clause(1, "vädret", ">=", "1"))
                        .add(clause(2, "alcoholServed", ">=", "1")))
                .build();
        HttpResponse<String> refused = admin().postJson("/api/admin/remiss-rules", bad.toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
        List<String> fields = ApiClient.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
        assertEquals(List.of("textSv", "clauses[0].value", "clauses[1].field", "clauses[2].operator"), fields);
        assertTrue(refused.body().contains("Skriv ett heltal"), refused.body());
        assertEquals(404, admin().get("/api/admin/remiss-rules/" + key).statusCode(), "nothing was saved");

        HttpResponse<String> badKey = admin().postJson("/api/admin/remiss-rules", rule("Ogiltig nyckel", "10", "Text").toString());
        assertEquals(400, badKey.statusCode());
        assertEquals("key", ApiClient.json(badKey).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aNewRuleAndItsNextVersionAreWhatTheEngineProposesAndOldVersionsStayReadable() {
        ApiClient admin = admin();
        ApiClient handler = signedIn("REMISS_HANDLER");
        String key = "brandvakt-" + unique();
        HttpResponse<String> created = admin.postJson("/api/admin/remiss-rules", rule(key, "4000", "Brandvakt för {peakVisitors} besökare.").toString());
        assertEquals(201, created.statusCode(), created.body());

        JsonObject proposed = proposal(handler, facts(5000, false, false), key);
        assertEquals(1, proposed.getInt("ruleVersion"));
        assertEquals("Brandvakt för 5\u00a0000 besökare.", proposed.getString("textSv"));
        assertEquals(List.of("peakVisitors"), proposed.getJsonArray("triggeredBy").getValuesAs(JsonValue::toString).stream()
                .map(text -> text.replace("\"", "")).toList());
        assertEquals(JsonValue.NULL, proposalOrNull(handler, facts(3000, false, false), key));

        long lock = ApiClient.json(admin.get("/api/admin/remiss-rules/" + key)).getJsonObject("rule").getJsonNumber("lockVersion").longValue();
        JsonObject edit = Json.createObjectBuilder(rule(null, "2000", "Två brandvakter för {peakVisitors} besökare."))
                .add("expectedVersion", lock).build();
        HttpResponse<String> revised = admin.putJson("/api/admin/remiss-rules/" + key, edit.toString());
        assertEquals(200, revised.statusCode(), revised.body());
        assertEquals(2, ApiClient.json(revised).getJsonObject("rule").getInt("currentVersion"));
        assertEquals(409, admin.putJson("/api/admin/remiss-rules/" + key, edit.toString()).statusCode(),
                "an edit of a version someone else already changed");

        JsonObject second = proposal(handler, facts(3000, false, false), key);
        assertEquals(2, second.getInt("ruleVersion"));
        assertEquals("Två brandvakter för 3\u00a0000 besökare.", second.getString("textSv"));
        JsonObject first = ApiClient.json(admin.get("/api/admin/remiss-rules/" + key + "/versions/1"));
        assertEquals("Brandvakt för {peakVisitors} besökare.", first.getString("textSv"));
        assertEquals("4000", first.getJsonArray("clauses").getJsonObject(0).getString("value"));

        long afterEdit = ApiClient.json(revised).getJsonObject("rule").getJsonNumber("lockVersion").longValue();
        assertEquals(200, admin.postJson("/api/admin/remiss-rules/" + key + "/deactivate",
                "{\"expectedVersion\":" + afterEdit + "}").statusCode());
        assertEquals(JsonValue.NULL, proposalOrNull(handler, facts(9000, false, false), key), "an inactive rule proposes nothing");
    }

    @Test
    void theArenaConcertFailsTheEvacuationCheckAndPassesWithFewerPeopleOrTheReserveExitOpen() {
        ApiClient handler = signedIn("REMISS_HANDLER");
        JsonObject full = evacuation(handler, facts(65_000, true, true));
        assertFalse(full.getBoolean("passes"), full.toString());
        assertTrue(full.getBoolean("approximate"));
        assertEquals("PT9M51S", full.getString("evacuationTime"));
        assertEquals("PT8M", full.getString("limit"));
        assertTrue(evacuation(handler, facts(50_000, true, true)).getBoolean("passes"));
        assertEquals(204, handler.postJson("/api/staff/remiss-checks/evacuation", facts(500, false, false).toString()).statusCode(),
                "an event outside every evacuation area");

        JsonObject area = ((JsonArray) ApiClient.parse(handler.get("/api/staff/remiss-checks/evacuation-areas").body()))
                .getValuesAs(JsonObject.class).stream().filter(candidate -> candidate.getBoolean("arena")).findFirst().orElseThrow();
        JsonObject reserve = area.getJsonArray("exits").getValuesAs(JsonObject.class).stream()
                .filter(exit -> !exit.getBoolean("open")).findFirst().orElseThrow();
        JsonObject withReserve = ApiClient.json(handler.get("/api/staff/remiss-checks/evacuation-areas/" + area.getJsonNumber("id")
                + "/calculation?crowd=65000&alcohol=true&reserve=true"));
        assertTrue(withReserve.getBoolean("passes"), withReserve.toString());
        assertEquals("PT7M40S", withReserve.getString("evacuationTime"));
        assertEquals(400, handler.get("/api/staff/remiss-checks/evacuation-areas/" + area.getJsonNumber("id")
                + "/calculation?crowd=-5").statusCode());

        String exitPath = "/api/admin/evacuation-areas/" + area.getJsonNumber("id") + "/exits/" + reserve.getJsonNumber("id");
        assertEquals(403, handler.putJson(exitPath, "{\"open\":true,\"expectedVersion\":0}").statusCode());
        ApiClient admin = admin();
        long version = area.getJsonNumber("lockVersion").longValue();
        assertEquals(204, admin.putJson(exitPath, "{\"open\":true,\"expectedVersion\":" + version + "}").statusCode());
        try {
            assertTrue(evacuation(handler, facts(65_000, true, true)).getBoolean("passes"), "the reserve exit is open now");
            assertEquals(409, admin.putJson(exitPath, "{\"open\":false,\"expectedVersion\":" + version + "}").statusCode());
        } finally {
            assertEquals(204, admin.putJson(exitPath, "{\"open\":false,\"expectedVersion\":" + (version + 1) + "}").statusCode());
        }
        assertFalse(evacuation(handler, facts(65_000, true, true)).getBoolean("passes"));
    }

    @Test
    void anEventInTheArenaAreaOnAnArenaEventDayAndANearbyOverlappingEventAreConflicts() {
        ApiClient admin = admin();
        LocalDate day = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        HttpResponse<String> added = admin.postJson("/api/admin/arena-event-days",
                "{\"day\":\"" + day + "\",\"name\":\"Landskamp\"}");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(409, admin.postJson("/api/admin/arena-event-days", "{\"day\":\"" + day + "\",\"name\":\"Annat\"}").statusCode());
        assertEquals(400, admin.postJson("/api/admin/arena-event-days", "{\"day\":\"" + day.plusDays(1) + "\",\"name\":\" \"}").statusCode());

        JsonObject fanZone = Json.createObjectBuilder(facts(2000, true, true))
                .add("starts", day + "T10:00:00").add("ends", day + "T22:00:00").build();
        JsonObject nearby = Json.createObjectBuilder(facts(300, false, false))
                .add("starts", day + "T18:00:00").add("ends", day + "T23:00:00")
                .add("latitude", 59.3700).add("longitude", 18.0003).build();
        JsonObject request = Json.createObjectBuilder().add("event", fanZone)
                .add("others", Json.createArrayBuilder().add(Json.createObjectBuilder().add("remissId", 42)
                        .add("reference", "KS/2040:0042").add("name", "Marknad").add("facts", nearby)))
                .build();
        HttpResponse<String> response = signedIn("REMISS_HANDLER").postJson("/api/staff/remiss-checks/conflicts", request.toString());
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> conflicts = ((JsonArray) ApiClient.parse(response.body())).getValuesAs(JsonObject.class);
        assertEquals(List.of("NEARBY_OVERLAP", "ARENA_EVENT_DAY"), conflicts.stream().map(c -> c.getString("kind")).toList());
        assertEquals("KS/2040:0042", conflicts.get(0).getJsonObject("other").getString("reference"));
        assertEquals(278, conflicts.get(0).getJsonNumber("distanceMetres").doubleValue(), 2);
        assertEquals("Landskamp", conflicts.get(1).getJsonObject("other").getString("name"));

        long id = ApiClient.json(added).getJsonNumber("id").longValue();
        assertEquals(204, admin.send("DELETE", "/api/admin/arena-event-days/" + id, null, null).statusCode());
    }

    private static JsonObject evacuation(ApiClient handler, JsonObject facts) {
        HttpResponse<String> response = handler.postJson("/api/staff/remiss-checks/evacuation", facts.toString());
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    private static JsonObject proposal(ApiClient handler, JsonObject facts, String key) {
        JsonValue found = proposalOrNull(handler, facts, key);
        assertTrue(found instanceof JsonObject, "the rule " + key + " proposed a villkor");
        return (JsonObject) found;
    }

    private static JsonValue proposalOrNull(ApiClient handler, JsonObject facts, String key) {
        HttpResponse<String> response = handler.postJson("/api/staff/remiss-checks/villkor", facts.toString());
        assertEquals(200, response.statusCode(), response.body());
        return ((JsonArray) ApiClient.parse(response.body())).getValuesAs(JsonObject.class).stream()
                .filter(villkor -> villkor.getString("ruleKey").equals(key)).findFirst().map(JsonValue.class::cast)
                .orElse(JsonValue.NULL);
    }

    private static int version(ApiClient admin, String key) {
        return ApiClient.json(admin.get("/api/admin/remiss-rules/" + key)).getJsonObject("rule").getInt("currentVersion");
    }

    /** A rule whose condition is peakVisitors >= threshold; without the key when {@code key} is null. */
    static JsonObject rule(String key, String threshold, String textSv) {
        var builder = Json.createObjectBuilder();
        if (key != null) {
            builder.add("key", key);
        }
        return builder.add("title", "Testregel").add("textSv", textSv).add("textEn", "Test rule")
                .add("clauses", Json.createArrayBuilder().add(clause(1, "peakVisitors", ">=", threshold))).build();
    }

    static JsonObject clause(int group, String field, String operator, String value) {
        return Json.createObjectBuilder().add("group", group).add("field", field).add("operator", operator)
                .add("value", value).build();
    }

    /** An event on 6 June 2040 noon to 23:00; in the arena area (at the arena) or in a park far from it. */
    static JsonObject facts(int peak, boolean alcohol, boolean arena) {
        return Json.createObjectBuilder().add("type", "KONSERT").add("placeKind", arena ? "ARENA_AREA" : "PARK_LAND")
                .add("arenaArea", arena).add("peakVisitors", peak).add("totalVisitors", peak).add("alcoholServed", alcohol)
                .add("ticketed", true).add("temporaryStructures", Json.createArrayBuilder().add("STAGE"))
                .add("pyrotechnics", false).add("foodSales", true).add("roadClosures", false).add("amplifiedSound", true)
                .add("soundEndsAt", "23:00").add("lateHours", false).add("starts", "2040-06-06T12:00:00")
                .add("ends", "2040-06-06T23:00:00")
                .add("latitude", arena ? 59.3725 : 59.3400).add("longitude", arena ? 18.0003 : 18.0500).build();
    }

    static ApiClient admin() {
        return new ApiClient().signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
    }

    /** A new account with this one role, signed in. */
    static ApiClient signedIn(String role) {
        return TestAccounts.signedInAs(role.toLowerCase().replace('_', '-'), role);
    }

    static String unique() {
        return TestServer.uniqueName("r").substring(2).toLowerCase();
    }
}

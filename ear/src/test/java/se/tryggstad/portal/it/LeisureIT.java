package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fritidsutbud over HTTP: partners submit, staff approve or reject, only approved activities
 * are public, filtered, in iCal and in search; partners see only their own organisation's.
 */
@ExtendWith(ArquillianExtension.class)
class LeisureIT {

    private static String partnerA;
    private static String partnerB;
    private static String staff;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @BeforeAll
    static void people() {
        partnerA = LeisureData.account("partner-a", "PARTNER");
        partnerB = LeisureData.account("partner-b", "PARTNER");
        staff = LeisureData.account("fritid-staff", "STAFF");
        LeisureData.organisationWith(partnerA);
        LeisureData.organisationWith(partnerB);
    }

    @Test
    void aPartnersActivityIsPublicAndSearchableOnlyAfterStaffApproveIt() {
        String title = TestServer.uniqueName("Klätterkul");
        ApiClient partner = LeisureData.signedIn(partnerA);
        HttpResponse<String> created = partner.postJson("/api/partner/activities",
                LeisureData.weekly(title, true, 8, 12).toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = ApiClient.json(created);
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));

        assertEquals(404, new ApiClient().get("/api/activities/" + id).statusCode(), "a draft is not public");
        HttpResponse<String> submitted = partner.send("POST", "/api/partner/activities/" + id + "/submit", null, null);
        assertEquals("SUBMITTED", ApiClient.json(submitted).getString("status"), submitted.body());
        assertEquals(404, new ApiClient().get("/api/activities/" + id).statusCode(), "waiting for review is not public");
        assertFalse(publicTitles("").contains(title));

        ApiClient reviewer = LeisureData.signedIn(staff);
        assertTrue(reviewer.get("/api/staff/activities/submitted").body().contains(title));
        HttpResponse<String> approved = reviewer.send("POST", "/api/staff/activities/" + id + "/approve", null, null);
        assertEquals("APPROVED", ApiClient.json(approved).getString("status"), approved.body());

        HttpResponse<String> published = new ApiClient().get("/api/activities/" + id);
        assertEquals(200, published.statusCode());
        assertEquals(title, ApiClient.json(published).getJsonObject("details").getString("titleSv"));
        assertTrue(publicTitles("").contains(title));
        Await.until(() -> searchFinds(title, "activity:" + id + ":sv"), Duration.ofSeconds(20), "found in Swedish");
        Await.until(() -> searchFinds(title + " (en)", "activity:" + id + ":en"), Duration.ofSeconds(20), "found in English");
        assertFalse(new ApiClient().get("/api/search?q=" + encode("kansli@forening.example")).body()
                .contains("activity:" + id), "the contact is not indexed");

        assertTrue(new ApiClient().get("/fritid.xhtml").body().contains(title), "on the public page");
        assertTrue(new ApiClient().get("/fritid/aktivitet.xhtml?id=" + id).body().contains(title));
    }

    @Test
    void filtersNarrowThePublicList() {
        ApiClient reviewer = LeisureData.signedIn(staff);
        String marker = TestServer.uniqueName("Filter");
        String freeForKids = marker + " gratis barn";
        String paidForTeens = marker + " betald tonår";
        String sportlov = marker + " sportlov";
        assertEquals(201, reviewer.postJson("/api/staff/activities",
                LeisureData.weekly(freeForKids, true, 6, 9).toString()).statusCode());
        assertEquals(201, reviewer.postJson("/api/staff/activities",
                LeisureData.weekly(paidForTeens, false, 13, 16).toString()).statusCode());
        assertEquals(201, reviewer.postJson("/api/staff/activities", LeisureData.holiday(sportlov).toString()).statusCode());

        assertTrue(publicTitles("").containsAll(List.of(freeForKids, paidForTeens, sportlov)), "city activities are public at once");
        List<String> free = publicTitles("?free=true");
        assertTrue(free.contains(freeForKids) && !free.contains(paidForTeens) && !free.contains(sportlov), free.toString());
        List<String> age14 = publicTitles("?age=14");
        assertTrue(age14.contains(paidForTeens) && !age14.contains(freeForKids), age14.toString());
        List<String> thursdays = publicTitles("?weekday=THURSDAY&time=AFTERNOON");
        assertTrue(thursdays.contains(freeForKids) && thursdays.contains(paidForTeens), thursdays.toString());
        List<String> holiday = publicTitles("?holiday=SPORTLOV&area=HUVUDSTA&category=LOVAKTIVITET");
        assertTrue(holiday.contains(sportlov) && !holiday.contains(freeForKids), holiday.toString());
        assertFalse(publicTitles("?weekday=SUNDAY").contains(freeForKids));

        String page = new ApiClient().get("/fritid.xhtml?free=true&age=7&view=list").body();
        assertTrue(page.contains(freeForKids) && !page.contains(paidForTeens), "the page filters by GET parameters");
        String calendar = new ApiClient().get("/fritid.xhtml?view=calendar&holiday=SPORTLOV&area=HUVUDSTA").body();
        assertTrue(calendar.contains(sportlov) && calendar.contains("class=\"calendar-day\""), calendar);
    }

    @Test
    void oneActivityAndAFilteredListAreValidICalendarDocuments() throws Exception {
        ApiClient reviewer = LeisureData.signedIn(staff);
        String weeklyTitle = TestServer.uniqueName("Ical veckovis");
        String datedTitle = TestServer.uniqueName("Ical lov");
        long weekly = ApiClient.json(reviewer.postJson("/api/staff/activities",
                LeisureData.weekly(weeklyTitle, true, 8, 12).toString())).getJsonNumber("id").longValue();
        long dated = ApiClient.json(reviewer.postJson("/api/staff/activities",
                LeisureData.holiday(datedTitle).toString())).getJsonNumber("id").longValue();

        HttpResponse<String> one = new ApiClient().sendAccepting("GET", "/api/activities/" + weekly + ".ics", "text/calendar");
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(one.body()));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("activity-" + weekly + "@fritid.tryggstad.solna.se", value(event, Property.UID));
        assertTrue(value(event, Property.RRULE).startsWith("FREQ=WEEKLY;UNTIL="), value(event, Property.RRULE));
        assertTrue(value(event, Property.RRULE).endsWith(";BYDAY=MO,TH"), value(event, Property.RRULE));
        assertTrue(value(event, Property.DTSTART).endsWith("T160000"));
        assertEquals("Europe/Stockholm", event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID")
                .orElseThrow().getValue());
        assertTrue(event.getProperty(Property.DTSTAMP).isPresent());
        assertEquals(weeklyTitle, value(event, Property.SUMMARY));

        HttpResponse<String> list = new ApiClient().sendAccepting("GET",
                "/api/activities.ics?holiday=SPORTLOV&area=HUVUDSTA", "text/calendar");
        assertEquals(200, list.statusCode(), list.body());
        Calendar listed = new CalendarBuilder().build(new StringReader(list.body()));
        assertFalse(listed.validate().hasErrors(), listed.validate().toString());
        List<String> uids = listed.<VEvent>getComponents("VEVENT").stream().map(e -> value(e, Property.UID)).toList();
        assertTrue(uids.contains("activity-" + dated + "-1@fritid.tryggstad.solna.se"), uids.toString());
        assertTrue(uids.contains("activity-" + dated + "-2@fritid.tryggstad.solna.se"), uids.toString());
        assertFalse(uids.contains("activity-" + weekly + "@fritid.tryggstad.solna.se"), "filtered out");

        assertEquals(404, new ApiClient().get("/api/activities/999999999.ics").statusCode());
    }

    @Test
    void rejectionNeedsAReasonWhichThePartnerSeesAndTakesTheActivityOutOfSearch() {
        String title = TestServer.uniqueName("Avvisas");
        ApiClient partner = LeisureData.signedIn(partnerA);
        long id = ApiClient.json(partner.postJson("/api/partner/activities",
                LeisureData.weekly(title, true, 8, 12).toString())).getJsonNumber("id").longValue();
        partner.send("POST", "/api/partner/activities/" + id + "/submit", null, null);
        ApiClient reviewer = LeisureData.signedIn(staff);
        reviewer.send("POST", "/api/staff/activities/" + id + "/approve", null, null);
        Await.until(() -> searchFinds(title, "activity:" + id + ":sv"), Duration.ofSeconds(20), "indexed when approved");

        JsonObject noReason = ApiIT.assertProblem(reviewer.postJson("/api/staff/activities/" + id + "/reject", "{}"), 400);
        assertEquals("reason", noReason.getJsonArray("errors").getJsonObject(0).getString("field"));
        ApiIT.assertProblem(reviewer.postJson("/api/staff/activities/" + id + "/reject", "{\"reason\":\"  \"}"), 400);
        assertEquals(200, new ApiClient().get("/api/activities/" + id).statusCode(), "still public: nothing half-done");

        HttpResponse<String> rejected = reviewer.postJson("/api/staff/activities/" + id + "/reject",
                "{\"reason\":\"Platsen finns inte i Solna.\"}");
        assertEquals("REJECTED", ApiClient.json(rejected).getString("status"), rejected.body());
        assertEquals(404, new ApiClient().get("/api/activities/" + id).statusCode());
        JsonObject seenByPartner = ApiClient.json(partner.get("/api/partner/activities/" + id));
        assertEquals("Platsen finns inte i Solna.", seenByPartner.getString("rejectionReason"));
        Await.until(() -> !searchFinds(title, "activity:" + id + ":sv"), Duration.ofSeconds(20), "gone from search");
        ApiIT.assertProblem(reviewer.send("POST", "/api/staff/activities/" + id + "/approve", null, null), 409);
    }

    @Test
    void aPartnerCannotSeeOrChangeAnotherOrganisationsActivityNorReview() {
        ApiClient owner = LeisureData.signedIn(partnerA);
        long id = ApiClient.json(owner.postJson("/api/partner/activities",
                LeisureData.weekly(TestServer.uniqueName("Egen"), true, 8, 12).toString())).getJsonNumber("id").longValue();

        ApiClient other = LeisureData.signedIn(partnerB);
        ApiIT.assertProblem(other.get("/api/partner/activities/" + id), 404);
        ApiIT.assertProblem(other.putJson("/api/partner/activities/" + id,
                LeisureData.weekly("Kapad", true, 8, 12).toString()), 404);
        ApiIT.assertProblem(other.send("POST", "/api/partner/activities/" + id + "/submit", null, null), 404);
        assertTrue(other.get("/api/partner/activities").body().equals("[]"), "B lists nothing of A's");
        ApiIT.assertProblem(other.send("POST", "/api/staff/activities/" + id + "/approve", null, null), 403);
        ApiIT.assertProblem(other.postJson("/api/staff/activities", LeisureData.weekly("X", true, 8, 12).toString()), 403);
        ApiIT.assertProblem(new ApiClient().postJson("/api/partner/activities", "{}"), 401);
        assertEquals(403, other.get("/staff/fritid.xhtml").statusCode());

        HttpResponse<String> page = other.get("/partner/aktivitet.xhtml?id=" + id);
        assertEquals(404, page.statusCode(), "the partner page of another organisation's activity");
        assertEquals(200, owner.get("/partner/aktivitet.xhtml?id=" + id).statusCode());
        assertEquals("DRAFT", ApiClient.json(owner.get("/api/partner/activities/" + id)).getString("status"));
    }

    @Test
    void badInputIsAProblemAtTheFieldsAndNothingIsStored() {
        ApiClient partner = LeisureData.signedIn(partnerA);
        int before = ApiClient.parse(partner.get("/api/partner/activities").body()).asJsonArray().size();

        JsonObject outsideSolna = Json.createObjectBuilder(LeisureData.weekly("Utanför", true, 12, 8))
                .add("latitude", 57.7).add("signUpUrl", "javascript:alert(1)").add("dropIn", false).build();
        JsonObject problem = ApiIT.assertProblem(partner.postJson("/api/partner/activities", outsideSolna.toString()), 400);
        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("ageTo", "latitude", "signUpUrl")), fields.toString());

        ApiIT.assertProblem(partner.postJson("/api/partner/activities", "{}"), 400);
        ApiIT.assertProblem(partner.postJson("/api/partner/activities", "{\"ageFrom\":\"tolv\"}"), 400);
        ApiIT.assertProblem(partner.postJson("/api/partner/activities", "inte json"), 400);
        JsonObject noDates = Json.createObjectBuilder(LeisureData.holiday("Inga datum"))
                .add("dates", JsonValue.EMPTY_JSON_ARRAY).build();
        assertEquals("dates", ApiIT.assertProblem(partner.postJson("/api/partner/activities", noDates.toString()), 400)
                .getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, ApiClient.parse(partner.get("/api/partner/activities").body()).asJsonArray().size());

        JsonObject badFilter = ApiIT.assertProblem(new ApiClient().get("/api/activities?age=tolv&weekday=lordag"), 400);
        assertEquals(2, badFilter.getJsonArray("errors").size());
        ApiIT.assertProblem(new ApiClient().get("/api/activities.ics?holiday=midsommar"), 400);
        String page = new ApiClient().get("/fritid.xhtml?age=tolv").body();
        assertTrue(page.contains("id=\"filter-age-error\"") && page.contains("aria-invalid=\"true\""), page);
    }

    private static List<String> publicTitles(String query) {
        HttpResponse<String> response = new ApiClient().get("/api/activities" + query);
        assertEquals(200, response.statusCode(), response.body());
        JsonArray activities = ApiClient.parse(response.body()).asJsonArray();
        return activities.getValuesAs(JsonObject.class).stream()
                .map(activity -> activity.getJsonObject("details").getString("titleSv")).toList();
    }

    private static boolean searchFinds(String text, String uid) {
        return new ApiClient().get("/api/search?type=activity&size=50&q=" + encode(text)).body().contains("\"" + uid + "\"");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

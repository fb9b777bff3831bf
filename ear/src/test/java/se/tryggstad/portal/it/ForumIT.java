package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
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

/**
 * Samverkansforum over HTTP: staff found forums and admit organisations; the public sees forums with a
 * public page and their member organisations; a forum's workspace is for its members (and staff) only,
 * by page, by API and in search — everyone else gets 404 (anonymous: sign in).
 */
@ExtendWith(ArquillianExtension.class)
class ForumIT {

    private static String staff;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @BeforeAll
    static void people() {
        staff = LeisureData.account("forum-staff", "STAFF");
    }

    @Test
    void aMemberOfForumANeverSeesForumBByPageApiOrSearch() {
        ApiClient city = LeisureData.signedIn(staff);
        String marker = TestServer.uniqueName("Hemligtorg");
        long forumA = ForumData.forum(city, ForumData.platssamverkan(marker + " A", false));
        long forumB = ForumData.forum(city, ForumData.platssamverkan(marker + " B", false));
        String memberA = ForumData.member(city, forumA, "forum-a");
        String memberB = ForumData.member(city, forumB, "forum-b");
        ApiClient a = LeisureData.signedIn(memberA);
        ApiClient b = LeisureData.signedIn(memberB);

        assertEquals(200, a.get("/partner/samverkan/forum.xhtml?id=" + forumA).statusCode());
        assertTrue(a.get("/partner/samverkan/forum.xhtml?id=" + forumA).body().contains(marker + " A"));
        assertEquals(404, a.get("/partner/samverkan/forum.xhtml?id=" + forumB).statusCode());
        assertEquals(404, a.get("/partner/samverkan/forum.xhtml?id=abc").statusCode());
        assertEquals(forumA, ApiClient.json(a.get("/api/partner/forums/" + forumA)).getJsonNumber("id").longValue());
        ApiIT.assertProblem(a.get("/api/partner/forums/" + forumB), 404);
        ApiIT.assertProblem(new ApiClient().get("/api/partner/forums/" + forumA), 401);
        assertFalse(a.get("/api/partner/forums").body().contains(marker + " B"));
        assertTrue(a.get("/partner/index.xhtml").body().contains(marker + " A"));
        assertEquals(200, city.get("/partner/samverkan/forum.xhtml?id=" + forumB).statusCode(), "staff read every forum");

        assertEquals(404, new ApiClient().get("/samverkan/forum.xhtml?id=" + forumA).statusCode(), "no public page");
        ApiIT.assertProblem(new ApiClient().get("/api/forums/" + forumA), 404);

        Await.until(() -> searchFinds(b, marker, "forum:" + forumB), Duration.ofSeconds(20), "B finds its own forum");
        Await.until(() -> searchFinds(a, marker, "forum:" + forumA), Duration.ofSeconds(20), "A finds its own forum");
        assertFalse(searchFinds(a, marker, "forum:" + forumB), "A never finds B's forum");
        assertFalse(searchFinds(new ApiClient(), marker, "forum:" + forumA), "the public does not find a members' forum");
    }

    @Test
    void aPublicForumShowsItsPurposeAndMemberOrganisationsButNoPersons() {
        ApiClient city = LeisureData.signedIn(staff);
        String name = TestServer.uniqueName("Öppet torg");
        long forum = ForumData.forum(city, ForumData.platssamverkan(name, true));
        String member = ForumData.member(city, forum, "forum-pub");

        String list = new ApiClient().get("/samverkan.xhtml").body();
        assertTrue(list.contains(name), "listed on /samverkan");
        HttpResponse<String> page = new ApiClient().get("/samverkan/forum.xhtml?id=" + forum);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Vi arbetar tillsammans"));
        assertTrue(page.body().contains("Förening"), "the member organisation is named");
        assertFalse(page.body().contains(member), "no person");
        assertTrue(new ApiClient().get("/api/forums/" + forum).body().contains("\"members\""));
        Await.until(() -> searchFinds(new ApiClient(), name, "forum:" + forum), Duration.ofSeconds(20), "public forum found");
    }

    @Test
    void badForumsAreProblemsAtTheirFields() {
        ApiClient city = LeisureData.signedIn(staff);
        JsonAssert.fields(ApiIT.assertProblem(city.postJson("/api/staff/forums", ForumData.platssamverkan("", true)
                .add("area", "59.36,18.0;59.37,18.01").build().toString()), 400), "name", "area");
        JsonAssert.fields(ApiIT.assertProblem(city.postJson("/api/staff/forums", ForumData.platssamverkan("Långt bort", true)
                .add("area", "57.7,11.9;57.71,11.95;57.69,11.96").build().toString()), 400), "area");
        ApiIT.assertProblem(city.postJson("/api/staff/forums", "{\"type\":\"KAFFEKLUBB\"}"), 400);
        String partner = LeisureData.account("forum-nostaff", "PARTNER");
        ApiIT.assertProblem(LeisureData.signedIn(partner).postJson("/api/staff/forums",
                ForumData.platssamverkan("Kapat", true).build().toString()), 403);
    }

    @Test
    void anOrganisationAppliesIsVerifiedAndItsContactPersonSetsAPasswordAndInvitesAndRemovesAColleague() {
        ApiClient city = LeisureData.signedIn(staff);
        String forumName = TestServer.uniqueName("Ansökningstorg");
        long forum = ForumData.forum(city, ForumData.platssamverkan(forumName, true));
        String client = ForumData.nextClient();
        String organisation = TestServer.uniqueName("Torgets fastigheter");
        String contact = TestServer.uniqueName("kontakt").toLowerCase() + "@fastighet.example";

        JsonObject wrongDigit = ApiIT.assertProblem(ForumData.apply(client, ForumData.application(organisation,
                "802470-1231", contact, forum)), 400);
        assertTrue(wrongDigit.toString().contains("kontrollsiffran"), wrongDigit.toString());
        JsonObject wrongFormat = ApiIT.assertProblem(ForumData.apply(client, ForumData.application(organisation,
                "80247-123", contact, forum)), 400);
        assertTrue(wrongFormat.toString().contains("tio siffror"), wrongFormat.toString());
        JsonAssert.fields(ApiIT.assertProblem(ForumData.apply(client, Json.createObjectBuilder()
                .add("organisationNumber", "802470-1230").build()), 400), "organisationName", "type", "contactEmail", "forumIds");

        HttpResponse<String> sent = ForumData.apply(client, ForumData.application(organisation,
                LeisureData.randomOrganisationNumber(), contact, forum));
        assertEquals(201, sent.statusCode(), sent.body());
        long application = ApiClient.json(sent).getJsonNumber("id").longValue();
        TestMailServer.awaitMail(contact, "Vi har tagit emot ansökan", Duration.ofSeconds(20));
        assertTrue(city.get("/api/staff/forum-applications").body().contains(organisation));
        String staffPage = city.get("/staff/samverkan/ansokningar.xhtml").body();
        assertTrue(staffPage.contains(organisation), staffPage);
        ApiIT.assertProblem(new ApiClient().get("/api/staff/forum-applications"), 401);

        HttpResponse<String> verified = city.send("POST", "/api/staff/forum-applications/" + application + "/verify", null, null);
        assertEquals("VERIFIED", ApiClient.json(verified).getString("status"), verified.body());
        ApiIT.assertProblem(city.send("POST", "/api/staff/forum-applications/" + application + "/verify", null, null), 409);
        String token = ForumData.tokenIn(TestMailServer.awaitMail(contact, "är nu med", Duration.ofSeconds(20)).body());

        String page = new ApiClient().get("/samverkan/losenord.xhtml?token=" + token).body();
        assertTrue(page.contains(contact), "the page names the username");
        ApiIT.assertProblem(new ApiClient().postJson("/api/forum-invitations/accept",
                ForumData.acceptance(token, "kort")), 400);
        HttpResponse<String> accepted = new ApiClient().postJson("/api/forum-invitations/accept",
                ForumData.acceptance(token, LeisureData.PASSWORD));
        assertEquals(contact, ApiClient.json(accepted).getString("username"), accepted.body());
        ApiIT.assertProblem(new ApiClient().postJson("/api/forum-invitations/accept",
                ForumData.acceptance(token, LeisureData.PASSWORD)), 404);
        assertTrue(new ApiClient().get("/samverkan/losenord.xhtml?token=" + token).body().contains("invitation-invalid"));

        ApiClient admin = new ApiClient().signIn(contact, LeisureData.PASSWORD);
        assertEquals(200, admin.get("/partner/samverkan/forum.xhtml?id=" + forum).statusCode(), "a member now");
        assertTrue(new ApiClient().get("/samverkan/forum.xhtml?id=" + forum).body().contains(organisation));
        assertTrue(ApiClient.json(admin.get("/api/partner/colleagues")).getBoolean("organisationAdmin"));

        String colleague = TestServer.uniqueName("kollega").toLowerCase() + "@fastighet.example";
        assertEquals(201, admin.postJson("/api/partner/colleagues/invitations",
                "{\"displayName\":\"Kim Kollega\",\"email\":\"" + colleague + "\"}").statusCode());
        String colleagueToken = ForumData.tokenIn(TestMailServer.awaitMail(colleague, "Inbjudan", Duration.ofSeconds(20)).body());
        assertEquals(200, new ApiClient().postJson("/api/forum-invitations/accept",
                ForumData.acceptance(colleagueToken, LeisureData.PASSWORD)).statusCode());
        ApiClient kim = new ApiClient().signIn(colleague, LeisureData.PASSWORD);
        assertEquals(200, kim.get("/partner/samverkan/forum.xhtml?id=" + forum).statusCode());
        ApiIT.assertProblem(kim.postJson("/api/partner/colleagues/invitations",
                "{\"displayName\":\"X\",\"email\":\"x@example.se\"}"), 403);
        ApiIT.assertProblem(kim.send("DELETE", "/api/partner/colleagues/" + contact, null, null), 403);

        assertEquals(204, admin.send("DELETE", "/api/partner/colleagues/" + colleague, null, null).statusCode());
        assertEquals(401, new ApiClient().postJson("/api/session", Json.createObjectBuilder().add("username", colleague)
                .add("password", LeisureData.PASSWORD).build().toString()).statusCode(), "a removed colleague cannot sign in");
        ApiIT.assertProblem(admin.send("DELETE", "/api/partner/colleagues/" + contact, null, null), 409);
    }

    @Test
    void aRejectionNeedsAReasonWhichIsMailedAndNobodyIsInvited() {
        ApiClient city = LeisureData.signedIn(staff);
        long forum = ForumData.forum(city, ForumData.platssamverkan(TestServer.uniqueName("Avslagstorg"), true));
        String contact = TestServer.uniqueName("avslag").toLowerCase() + "@forening.example";
        HttpResponse<String> sent = ForumData.apply(ForumData.nextClient(), ForumData.application(
                TestServer.uniqueName("Okänd förening"), LeisureData.randomOrganisationNumber(), contact, forum));
        long application = ApiClient.json(sent).getJsonNumber("id").longValue();

        ApiIT.assertProblem(city.postJson("/api/staff/forum-applications/" + application + "/reject", "{}"), 400);
        ApiIT.assertProblem(city.postJson("/api/staff/forum-applications/" + application + "/reject", "{\"reason\":\" \"}"), 400);
        HttpResponse<String> rejected = city.postJson("/api/staff/forum-applications/" + application + "/reject",
                "{\"reason\":\"Föreningen finns inte i Solna.\"}");
        assertEquals("REJECTED", ApiClient.json(rejected).getString("status"), rejected.body());
        TestMailServer.Mail mail = TestMailServer.awaitMail(contact, "Er ansökan", Duration.ofSeconds(20));
        assertTrue(mail.body().contains("Föreningen finns inte i Solna."), mail.body());
        ApiIT.assertProblem(city.send("POST", "/api/staff/forum-applications/" + application + "/verify", null, null), 409);
        ApiIT.assertProblem(ForumData.apply(ForumData.nextClient(), ForumData.application("Privat", LeisureData
                .randomOrganisationNumber(), contact, ForumData.forum(city, ForumData.platssamverkan(
                TestServer.uniqueName("Privat torg"), false)))), 400);
    }

    @Test
    void membersKeepAHandlingsplanAndMeetingsThatOtherForumsNeverSeeAndAreRemindedOnce() throws Exception {
        ApiClient city = LeisureData.signedIn(staff);
        String marker = TestServer.uniqueName("Arbetsyta");
        long forum = ForumData.forum(city, ForumData.platssamverkan(marker + " torg", true));
        String member = ForumData.invitedMember(city, forum, marker + " Fastigheter");
        long other = ForumData.forum(city, ForumData.platssamverkan(marker + " annat", false));
        ApiClient a = new ApiClient().signIn(member, LeisureData.PASSWORD);
        ApiClient b = LeisureData.signedIn(ForumData.member(city, other, "forum-other"));
        long ownOrganisation = ApiClient.json(a.get("/api/partner/forums/" + forum)).getJsonArray("members")
                .getJsonObject(0).getJsonNumber("id").longValue();
        String base = "/api/partner/forums/" + forum;

        HttpResponse<String> planned = a.postJson(base + "/actions", Json.createObjectBuilder()
                .add("title", marker + " belysning i gångtunneln").add("description", "Byt armaturer, mörkt på kvällen.")
                .add("ownerOrganisationId", ownOrganisation).add("dueDate", "2027-03-31").build().toString());
        assertEquals(201, planned.statusCode(), planned.body());
        long action = ApiClient.json(planned).getJsonNumber("id").longValue();
        JsonAssert.fields(ApiIT.assertProblem(a.postJson(base + "/actions", "{\"title\":\"\",\"dueDate\":\"snart\"}"), 400),
                "dueDate");
        ApiIT.assertProblem(a.postJson(base + "/actions", "{\"title\":\"x\",\"ownerOrganisationId\":999999999}"), 400);
        JsonObject commented = ApiClient.json(a.postJson(base + "/actions/" + action + "/comments",
                "{\"text\":\"Fastighetsägaren beställer nya lampor, kommentarskod zebrafink.\"}"));
        assertEquals("Fastighetsägaren beställer nya lampor, kommentarskod zebrafink.",
                commented.getJsonArray("comments").getJsonObject(0).getString("text"));
        JsonObject moved = ApiClient.json(a.putJson(base + "/actions/" + action, Json.createObjectBuilder()
                .add("title", marker + " belysning i gångtunneln").add("description", "Byt armaturer.")
                .add("ownerOrganisationId", ownOrganisation).add("dueDate", "2027-03-31").add("status", "DONE")
                .build().toString()));
        assertEquals("DONE", moved.getString("status"));
        assertTrue(a.get("/partner/samverkan/handlingsplan.xhtml?id=" + forum).body().contains("gångtunneln"));

        java.time.LocalDateTime soon = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Stockholm")).plusHours(2)
                .withSecond(0).withNano(0);
        HttpResponse<String> meeting = a.postJson(base + "/meetings", Json.createObjectBuilder()
                .add("title", marker + " samverkansmöte").add("startsAt", soon.toString())
                .add("endsAt", soon.plusHours(1).toString()).add("place", "Stadshuset, sal 3")
                .add("agenda", "1. Lägesbild\n2. Handlingsplanen").build().toString());
        assertEquals(201, meeting.statusCode(), meeting.body());
        long meetingId = ApiClient.json(meeting).getJsonNumber("id").longValue();
        JsonAssert.fields(ApiIT.assertProblem(a.postJson(base + "/meetings", Json.createObjectBuilder().add("title", "X")
                .add("startsAt", soon.toString()).add("endsAt", soon.minusHours(1).toString()).add("place", "P")
                .build().toString()), 400), "endsAt");

        HttpResponse<String> ics = a.sendAccepting("GET", base + "/meetings/" + meetingId + ".ics", "text/calendar");
        assertEquals(200, ics.statusCode(), ics.body());
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics.body()));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertTrue(ics.body().contains("meeting-" + meetingId + "@samverkan.tryggstad.solna.se"));

        JsonObject recorded = ApiClient.json(a.putJson(base + "/meetings/" + meetingId + "/record", Json.createObjectBuilder()
                .add("minutes", "Protokoll: beslut om nya lampor.").add("attendingOrganisationIds",
                        Json.createArrayBuilder().add(ownOrganisation))
                .add("publicSummary", marker + " sammanfattning: belysningen förbättras.").add("publishSummary", true)
                .build().toString()));
        assertTrue(recorded.getBoolean("summaryPublished"), recorded.toString());
        String publicPage = new ApiClient().get("/samverkan/forum.xhtml?id=" + forum).body();
        assertTrue(publicPage.contains("belysningen förbättras"), "the published summary is public");
        assertTrue(publicPage.contains(marker + " samverkansmöte"), "the next meeting is public");
        assertFalse(publicPage.contains("Protokoll: beslut"), "the minutes are not");
        assertTrue(new ApiClient().get("/api/forums/" + forum + "/meetings").body().contains("belysningen förbättras"));

        for (String path : List.of(base + "/actions", base + "/meetings", base + "/meetings/" + meetingId + ".ics")) {
            ApiIT.assertProblem(b.get(path), 404);
            ApiIT.assertProblem(new ApiClient().get(path), 401);
        }
        ApiIT.assertProblem(b.postJson(base + "/actions/" + action + "/comments", "{\"text\":\"kapat\"}"), 404);
        ApiIT.assertProblem(b.postJson(base + "/actions", "{\"title\":\"kapat\"}"), 404);
        ApiIT.assertProblem(a.get("/api/partner/forums/" + other + "/actions/"), 404);
        assertEquals(404, b.get("/partner/samverkan/handlingsplan.xhtml?id=" + forum).statusCode());
        assertEquals(404, b.get("/partner/samverkan/moten.xhtml?id=" + forum).statusCode());

        Await.until(() -> searchFinds(a, marker + " gångtunneln", "forum:action:" + action), Duration.ofSeconds(20), "action");
        Await.until(() -> searchFinds(a, marker + " samverkansmöte", "forum:meeting:" + meetingId), Duration.ofSeconds(20),
                "meeting");
        Await.until(() -> searchFinds(new ApiClient(), marker + " sammanfattning", "forum:summary:" + meetingId),
                Duration.ofSeconds(20), "public summary");
        assertFalse(searchFinds(b, marker + " gångtunneln", "forum:action:" + action), "B never finds A's action");
        assertFalse(searchFinds(b, marker + " samverkansmöte", "forum:meeting:" + meetingId), "nor A's meeting");
        assertFalse(searchFinds(new ApiClient(), marker + " samverkansmöte", "forum:meeting:" + meetingId));
        assertFalse(a.get("/api/search?q=" + URLEncoder.encode("zebrafink", StandardCharsets.UTF_8)).body()
                .contains("forum:action:" + action), "comments are not indexed");

        TestMailServer.awaitMail(member, "Inbjudan: " + marker, Duration.ofSeconds(30));
        String invited = calendarAttachedTo(member, "Inbjudan: " + marker);
        assertTrue(invited.contains("BEGIN:VEVENT") && invited.contains("meeting-" + meetingId + "@"), invited);
        assertTrue(invited.contains(marker + " samverkansmöte") && invited.contains("LOCATION:Stadshuset"), invited);

        TestMailServer.Mail reminder = TestMailServer.awaitMail(member, "Påminnelse", Duration.ofSeconds(100));
        assertTrue(reminder.body().contains("Stadshuset, sal 3"), reminder.body());
        assertEquals(1, TestMailServer.mailsTo(member).stream().filter(mail -> mail.subject().contains("Påminnelse")).count());
    }

    /** The text of the {@code text/calendar} file attached to the mail to the address with the subject. */
    static String calendarAttachedTo(String address, String subjectContains) throws Exception {
        for (MimeMessage message : TestMailServer.messagesTo(address)) {
            if (message.getSubject().contains(subjectContains) && message.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.getContentType().startsWith("text/calendar")) {
                        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        throw new AssertionError("no calendar file in a mail to " + address + " about '" + subjectContains + "'");
    }

    static boolean searchFinds(ApiClient client, String text, String uid) {
        return client.get("/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).body().contains("\"" + uid + "\"");
    }
}

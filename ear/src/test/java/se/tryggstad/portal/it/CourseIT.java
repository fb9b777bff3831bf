package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Föräldrastöd courses through the API, with a real SMTP server: no overbooking under 50 parallel
 * sign-ups, confirmation and promotion mails, the cancel link, and refusals that write nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CourseIT {

    private static final Duration MAIL_DEADLINE = Duration.ofSeconds(20);
    private static final Pattern CANCEL_LINK = Pattern.compile("(http\\S+/kurser/avboka\\.xhtml\\?token=([A-Za-z0-9_-]+))");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    private static ApiClient staff;

    @BeforeAll
    static void staffAccount() {
        staff = TestAccounts.signedInAs("kursstaff", "STAFF");
    }

    @Test
    void fiftyParallelSignUpsForTenSeatsBookExactlyTenAndQueueForty() throws Exception {
        long group = planGroup("Parallell", 10, true);
        int parents = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parents);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int parent = 0; parent < parents; parent++) {
                String email = TestServer.uniqueName("parallell") + "@example.org";
                answers.add(pool.submit(() -> {
                    start.await();
                    return new ApiClient().postJson("/api/courses/" + group + "/signups", signUp("Förälder", email, "sv"));
                }));
            }
            start.countDown();
            List<JsonObject> results = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertEquals(201, response.statusCode(), response.body());
                results.add(ApiClient.json(response));
            }
            Map<String, Long> byStatus = results.stream()
                    .collect(Collectors.groupingBy(result -> result.getString("status"), Collectors.counting()));
            assertEquals(Map.of("BOOKED", 10L, "WAITLISTED", 40L), byStatus);
            Set<Integer> positions = results.stream().filter(result -> "WAITLISTED".equals(result.getString("status")))
                    .map(result -> result.getInt("position")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(IntStream.rangeClosed(1, 40).boxed().collect(Collectors.toCollection(TreeSet::new)), positions);
        } finally {
            pool.shutdownNow();
        }

        JsonArray participants = participants(group);
        assertEquals(10, count(participants, "BOOKED"));
        assertEquals(40, count(participants, "WAITLISTED"));
        JsonObject listed = publicCourse(group);
        assertEquals(0, listed.getInt("seatsLeft"));
        assertEquals(40, listed.getInt("waitlisted"));
    }

    @Test
    void aCancellationByLinkGivesTheSeatToTheFirstWaitingWhoIsMailed() {
        long group = planGroup("Avbokning", 1, true);
        String booked = TestServer.uniqueName("bokad") + "@example.org";
        String waiting = TestServer.uniqueName("vantar") + "@example.org";
        String second = TestServer.uniqueName("tvaa") + "@example.org";

        assertSignedUp(group, booked, "sv", "BOOKED", 0);
        assertSignedUp(group, waiting, "en", "WAITLISTED", 1);
        assertSignedUp(group, second, "sv", "WAITLISTED", 2);

        TestMailServer.Mail confirmation = TestMailServer.awaitMail(booked, "Du har en plats", MAIL_DEADLINE);
        assertTrue(confirmation.body().contains("Avbokning"), confirmation.body());
        TestMailServer.Mail queued = TestMailServer.awaitMail(waiting, "waiting list", MAIL_DEADLINE);
        assertTrue(queued.body().contains("number 1"), queued.body());

        Matcher link = CANCEL_LINK.matcher(confirmation.body());
        assertTrue(link.find(), confirmation.body());
        URI cancelPage = URI.create(link.group(1));
        assertEquals(TestServer.baseUri().getPort(), cancelPage.getPort(), "the link points at this portal");
        HttpResponse<String> page = new ApiClient().get(cancelPage.getRawPath() + "?" + cancelPage.getRawQuery());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Du har en plats i gruppen"), page.body());

        HttpResponse<String> cancelled = new ApiClient().postJson("/api/courses/cancellations",
                Json.createObjectBuilder().add("token", link.group(2)).build().toString());
        assertEquals(204, cancelled.statusCode(), cancelled.body());

        TestMailServer.Mail promoted = TestMailServer.awaitMail(waiting, "You got a seat", MAIL_DEADLINE);
        assertTrue(promoted.body().contains("/kurser/avboka.xhtml?token="), promoted.body());
        JsonArray participants = participants(group);
        assertEquals(1, count(participants, "BOOKED"));
        assertEquals(1, count(participants, "WAITLISTED"));
        assertEquals(waiting, participants.getValuesAs(JsonObject.class).stream()
                .filter(p -> "BOOKED".equals(p.getString("status"))).findFirst().orElseThrow().getString("email"));
        assertEquals(1, participants.getValuesAs(JsonObject.class).stream()
                .filter(p -> "WAITLISTED".equals(p.getString("status"))).findFirst().orElseThrow().getInt("position"));

        HttpResponse<String> again = new ApiClient().postJson("/api/courses/cancellations",
                Json.createObjectBuilder().add("token", link.group(2)).build().toString());
        assertEquals(409, again.statusCode(), again.body());
    }

    @Test
    void staffCancellingAParticipantPromotesTheFirstWaiting() {
        long group = planGroup("Personal avbokar", 1, true);
        String booked = TestServer.uniqueName("staffbokad") + "@example.org";
        String waiting = TestServer.uniqueName("staffvantar") + "@example.org";
        assertSignedUp(group, booked, "sv", "BOOKED", 0);
        assertSignedUp(group, waiting, "sv", "WAITLISTED", 1);

        long bookedId = participants(group).getValuesAs(JsonObject.class).stream()
                .filter(p -> booked.equals(p.getString("email"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> cancelled = staff.send("DELETE", "/api/staff/courses/" + group + "/participants/" + bookedId,
                null, null);
        assertEquals(204, cancelled.statusCode(), cancelled.body());

        TestMailServer.awaitMail(waiting, "Du har fått en plats", MAIL_DEADLINE);
        assertEquals(1, count(participants(group), "BOOKED"));
        assertEquals(0, count(participants(group), "WAITLISTED"));
    }

    @Test
    void moreSeatsGoToTheWaitlistInOrderAndFewerThanBookedAreRefused() {
        long group = planGroup("Fler platser", 1, true);
        String first = TestServer.uniqueName("forst") + "@example.org";
        String waiting = TestServer.uniqueName("nummer1") + "@example.org";
        String later = TestServer.uniqueName("nummer2") + "@example.org";
        assertSignedUp(group, first, "sv", "BOOKED", 0);
        assertSignedUp(group, waiting, "sv", "WAITLISTED", 1);
        assertSignedUp(group, later, "sv", "WAITLISTED", 2);

        HttpResponse<String> more = staff.putJson("/api/staff/courses/" + group, course("Fler platser", 2, true));
        assertEquals(200, more.statusCode(), more.body());
        assertEquals(2, ApiClient.json(more).getInt("booked"));
        TestMailServer.awaitMail(waiting, "Du har fått en plats", MAIL_DEADLINE);
        assertEquals(1, count(participants(group), "WAITLISTED"));

        HttpResponse<String> fewer = staff.putJson("/api/staff/courses/" + group, course("Fler platser", 1, true));
        assertProblem(fewer, 400);
        assertEquals("seats", ApiClient.json(fewer).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(2, publicCourse(group).getInt("seats"), "nothing changed");
    }

    @Test
    void badSignUpsAreRefusedAtTheFieldAndWriteNothing() {
        long group = planGroup("Felaktig", 5, true);
        String email = TestServer.uniqueName("fel") + "@example.org";
        ApiClient parent = new ApiClient();

        HttpResponse<String> noConsent = parent.postJson("/api/courses/" + group + "/signups",
                "{\"parentName\":\"Bo\",\"email\":\"" + email + "\",\"consent\":false}");
        assertProblem(noConsent, 400);
        assertEquals("consent", ApiClient.json(noConsent).getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> noContact = parent.postJson("/api/courses/" + group + "/signups",
                "{\"parentName\":\"Bo\",\"consent\":true}");
        assertProblem(noContact, 400);
        assertEquals("email", ApiClient.json(noContact).getJsonArray("errors").getJsonObject(0).getString("field"));

        assertProblem(parent.postJson("/api/courses/" + group + "/signups", "{\"parentName\":"), 400);
        assertProblem(parent.postJson("/api/courses/999999999/signups", signUp("Bo", email, "sv")), 404);
        long hidden = planGroup("Opublicerad", 5, false);
        assertProblem(parent.postJson("/api/courses/" + hidden + "/signups", signUp("Bo", email, "sv")), 404);
        assertEquals(0, participants(group).size(), "nothing written");

        assertSignedUp(group, email, "sv", "BOOKED", 0);
        HttpResponse<String> duplicate = parent.postJson("/api/courses/" + group + "/signups",
                signUp("Bo igen", email.toUpperCase(), "sv"));
        assertProblem(duplicate, 409);
        assertEquals(1, participants(group).size());

        assertProblem(parent.postJson("/api/courses/cancellations", "{\"token\":\"gissat\"}"), 404);
        assertProblem(new ApiClient().postJson("/api/staff/courses", course("Obehörig", 3, true)), 401);
        assertProblem(staff.postJson("/api/staff/courses", course("", 3, true)), 400);
    }

    @Test
    void aPublishedGroupIsSearchableInBothLanguages() {
        String title = TestServer.uniqueName("Sökbar");
        long group = planGroup(title, 8, true);
        ApiClient visitor = new ApiClient();
        Await.until(() -> hitUids(visitor, title).contains("course:" + group + ":sv"), MAIL_DEADLINE,
                "the Swedish course document is searchable");
        Await.until(() -> hitUids(visitor, "English " + title).contains("course:" + group + ":en"), MAIL_DEADLINE,
                "the English course document is searchable");
    }

    private static List<String> hitUids(ApiClient client, String text) {
        HttpResponse<String> response = client.get("/api/search?type=course&q="
                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
        return ApiClient.json(response).getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getString("uid")).toList();
    }

    private static long planGroup(String title, int seats, boolean published) {
        HttpResponse<String> created = staff.postJson("/api/staff/courses", course(title, seats, published));
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created).getJsonNumber("id").longValue();
    }

    private static String course(String title, int seats, boolean published) {
        return Json.createObjectBuilder().add("programme", "ABC").add("titleSv", title).add("titleEn", "English " + title)
                .add("descriptionSv", "Fyra träffar om föräldraskap.").add("descriptionEn", "Four meetings on parenting.")
                .add("place", "Solna stadsbibliotek").add("courseLanguage", "sv")
                .add("firstSession", LocalDate.now().plusWeeks(3) + "T18:00:00").add("sessionCount", 4)
                .add("sessionMinutes", 120).add("seats", seats).add("published", published).build().toString();
    }

    private static String signUp(String name, String email, String language) {
        return Json.createObjectBuilder().add("parentName", name).add("email", email).add("language", language)
                .add("consent", true).build().toString();
    }

    private static void assertSignedUp(long group, String email, String language, String status, int position) {
        HttpResponse<String> response = new ApiClient().postJson("/api/courses/" + group + "/signups",
                signUp("Förälder", email, language));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals(status, ApiClient.json(response).getString("status"));
        assertEquals(position, ApiClient.json(response).getInt("position"));
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
    }

    private static JsonArray participants(long group) {
        HttpResponse<String> response = staff.get("/api/staff/courses/" + group + "/participants");
        assertEquals(200, response.statusCode(), response.body());
        return (JsonArray) ApiClient.parse(response.body());
    }

    private static long count(JsonArray participants, String status) {
        return participants.getValuesAs(JsonValue::asJsonObject).stream()
                .filter(p -> status.equals(p.getString("status"))).count();
    }

    private static JsonObject publicCourse(long group) {
        JsonArray courses = (JsonArray) ApiClient.parse(new ApiClient().get("/api/courses").body());
        return courses.getValuesAs(JsonObject.class).stream().filter(c -> c.getJsonNumber("id").longValue() == group)
                .findFirst().orElseThrow();
    }
}

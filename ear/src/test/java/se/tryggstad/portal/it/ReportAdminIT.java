package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Handling of trygghetsrapporter beyond status changes, through the API with a real SMTP server:
 * admins edit categories (Open311 follows), staff assign (the person is mailed), merge duplicates
 * (supporters and the reporter follow the original), unpublish and redact (everything public
 * forgets the text and photos; staff still see it), and keep answer templates. Every change is
 * logged with who and when, and a stale version is a conflict.
 */
@ExtendWith(ArquillianExtension.class)
class ReportAdminIT {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String PASSWORD = TestAccounts.PASSWORD;
    private static final AtomicInteger CLIENTS = new AtomicInteger(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    private static ApiClient admin;
    private static ApiClient staff;
    private static String staffUsername;
    private static String colleagueUsername;
    private static ApiClient colleague;

    @BeforeAll
    static void accounts() {
        admin = new ApiClient().signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
        staffUsername = createStaff("handlaggare");
        colleagueUsername = createStaff("kollega");
        staff = new ApiClient().signIn(staffUsername, PASSWORD);
        colleague = new ApiClient().signIn(colleagueUsername, PASSWORD);
    }

    private static String createStaff(String prefix) {
        return TestAccounts.create(prefix, "STAFF");
    }

    /** Each report comes from its own client address, so the rate limit never spills over. */
    static JsonObject submit(JsonObjectBuilder report) {
        HttpResponse<String> created = post("/api/reports", "application/json",
                report.build().toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.json(created);
    }

    static JsonObjectBuilder report(String category, String place, String description) {
        return Json.createObjectBuilder().add("category", category).add("place", place)
                .add("description", description).add("latitude", 59.3612).add("longitude", 18.0011);
    }

    static HttpResponse<String> post(String path, String contentType, byte[] body) {
        return postFrom(HTTP, "192.0.2." + CLIENTS.getAndIncrement(), path, contentType, body);
    }

    /** A POST from the given client address (behind the trusted proxy). */
    static HttpResponse<String> postFrom(HttpClient http, String client, String path, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(TestServer.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("Accept", "application/json, application/problem+json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("POST " + path + " failed", e);
        }
    }

    /** The staff handling view of the report with this reference (from the staff list, which shows all). */
    static JsonObject handlingOf(ApiClient client, String reference) {
        long id = ApiClient.json(client.get("/api/staff/report-handling?size=200")).getJsonArray("rows").stream()
                .map(JsonObject.class::cast).filter(row -> row.getString("reference").equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError(reference + " not in the staff list"))
                .getJsonNumber("id").longValue();
        return ApiClient.json(client.get("/api/staff/report-handling/" + id));
    }

    private static String uniqueWord() {
        return TestServer.uniqueName("hnd").replaceAll("[^a-z]", "").concat("qzx");
    }

    private static List<String> logKinds(JsonObject handling) {
        return handling.getJsonArray("log").stream().map(JsonObject.class::cast).map(e -> e.getString("kind")).toList();
    }

    @Test
    void adminsEditCategoriesAndTheFormAndOpen311FollowWhileOldReportsKeepTheirs() {
        String code = TestServer.uniqueName("snorojning").replaceAll("[^a-z0-9-]", "");
        String category = Json.createObjectBuilder().add("code", code).add("nameSv", "Snöröjning")
                .add("nameEn", "Snow clearing").add("department", "Stadsbyggnadsförvaltningen, gata/park")
                .add("active", true).build().toString();
        assertEquals(403, staff.postJson("/api/admin/report-categories", category).statusCode());
        assertEquals(401, new ApiClient().get("/api/admin/report-categories").statusCode());

        JsonObject badCode = ApiIT.assertProblem(admin.postJson("/api/admin/report-categories",
                Json.createObjectBuilder().add("code", "Snö Röjning").add("nameSv", "x").add("nameEn", "x")
                        .add("department", "x").build().toString()), 400);
        assertEquals("code", badCode.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject noName = ApiIT.assertProblem(admin.postJson("/api/admin/report-categories",
                Json.createObjectBuilder().add("code", code).add("nameSv", " ").add("nameEn", "x")
                        .add("department", "x").build().toString()), 400);
        assertEquals("nameSv", noName.getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> created = admin.postJson("/api/admin/report-categories", category);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject saved = ApiClient.json(created);
        assertEquals(TestServer.ADMIN_USERNAME, saved.getString("updatedBy"));
        JsonObject taken = ApiIT.assertProblem(admin.postJson("/api/admin/report-categories", category), 400);
        assertEquals("code", taken.getJsonArray("errors").getJsonObject(0).getString("field"));

        assertTrue(new ApiClient().get("/open311/v2/services.json").body().contains("\"" + code + "\""));
        assertTrue(new ApiClient().get("/rapportera.xhtml").body().contains("Snöröjning"));
        String reference = submit(report(code, "Råsundavägen", "Ingen har plogat trottoaren.")).getString("reference");

        JsonObjectBuilder edit = Json.createObjectBuilder().add("nameSv", "Snö och is").add("nameEn", "Snow and ice")
                .add("department", "Tekniska förvaltningen").add("active", false)
                .add("version", saved.getJsonNumber("version").longValue());
        ApiIT.assertProblem(admin.putJson("/api/admin/report-categories/" + code,
                Json.createObjectBuilder().add("nameSv", "x").add("nameEn", "x").add("department", "x")
                        .add("version", 999).build().toString()), 409);
        HttpResponse<String> edited = admin.putJson("/api/admin/report-categories/" + code, edit.build().toString());
        assertEquals(200, edited.statusCode(), edited.body());
        assertFalse(ApiClient.json(edited).getBoolean("active"));

        assertFalse(new ApiClient().get("/open311/v2/services.json").body().contains("\"" + code + "\""),
                "an inactive category is no Open311 service");
        assertFalse(new ApiClient().get("/rapportera.xhtml").body().contains("Snö och is"), "nor in the form");
        ApiIT.assertProblem(post("/api/reports", "application/json",
                report(code, "Råsunda", "Mer snö").build().toString().getBytes(StandardCharsets.UTF_8)), 400);
        JsonObject old = ApiClient.json(new ApiClient().get("/api/reports/" + reference));
        assertEquals("Snö och is", old.getString("categoryName"), "the old report keeps its category");
        assertEquals("Tekniska förvaltningen", old.getString("department"));
        assertTrue(admin.get("/api/admin/report-categories").body().contains(code));
    }

    @Test
    void staffAssignToADepartmentAndAPersonWhoIsMailedAndFindsItUnderMine() {
        String reference = submit(report("belysning", "Hagalundsgatan", "Lampan blinkar.")).getString("reference");
        JsonObject before = handlingOf(staff, reference);
        long id = before.getJsonNumber("id").longValue();
        assertEquals("Stadsbyggnadsförvaltningen, gata/park", before.getString("department"));

        JsonObject unknown = ApiIT.assertProblem(staff.postJson("/api/staff/report-handling/" + id + "/assign",
                "{\"department\":\"Socialförvaltningen\",\"assignee\":\"finns-inte-alls\"}"), 400);
        assertEquals("assignee", unknown.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject noDepartment = ApiIT.assertProblem(staff.postJson("/api/staff/report-handling/" + id + "/assign",
                "{\"department\":\" \"}"), 400);
        assertEquals("department", noDepartment.getJsonArray("errors").getJsonObject(0).getString("field"));
        ApiIT.assertProblem(staff.postJson("/api/staff/report-handling/" + id + "/assign",
                "{\"department\":\"Socialförvaltningen\",\"version\":" + (before.getJsonNumber("version").longValue() + 7)
                        + "}"), 409);

        HttpResponse<String> assigned = staff.postJson("/api/staff/report-handling/" + id + "/assign",
                "{\"department\":\"Socialförvaltningen\",\"assignee\":\"" + colleagueUsername + "\",\"version\":"
                        + before.getJsonNumber("version").longValue() + "}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        JsonObject after = ApiClient.json(assigned);
        assertEquals("Socialförvaltningen", after.getString("department"));
        assertEquals(colleagueUsername, after.getString("assignee"));
        JsonObject logged = after.getJsonArray("log").getJsonObject(0);
        assertEquals("ASSIGNED", logged.getString("kind"));
        assertEquals(staffUsername, logged.getString("actor"));

        TestMailServer.Mail mail = TestMailServer.awaitMail(colleagueUsername + "@solna.se", reference, DEADLINE);
        assertTrue(mail.body().contains("/staff/rapport.xhtml?id=" + id), mail.body());

        assertTrue(colleague.get("/api/staff/report-handling?mine=true").body().contains(reference));
        assertFalse(staff.get("/api/staff/report-handling?mine=true").body().contains(reference));
        assertTrue(staff.get("/api/staff/report-handling?size=200&department=Socialf%C3%B6rvaltningen").body()
                .contains(reference));
        assertFalse(staff.get("/api/staff/report-handling?size=200&department=Tekniska").body().contains(reference));
        assertTrue(colleague.get("/staff/rapporter.xhtml?mina=ja").body().contains(reference));
    }

    @Test
    void aDuplicateClosesPointingToTheOriginalAndItsSupportersAndReporterFollowTheOriginal() {
        String email = TestServer.uniqueName("dubblett") + "@example.org";
        JsonObject original = submit(report("klotter", "Solna centrum", "Klotter på muren."));
        JsonObject duplicate = submit(report("klotter", "Solna centrum, muren", "Nytt klotter.")
                .add("email", email).add("consent", true).add("language", "sv"));
        String originalReference = original.getString("reference");
        String duplicateReference = duplicate.getString("reference");
        assertEquals(200, post("/api/reports/" + duplicateReference + "/support", "application/json", new byte[0])
                .statusCode());
        JsonObject duplicateHandling = handlingOf(staff, duplicateReference);
        long duplicateId = duplicateHandling.getJsonNumber("id").longValue();
        long originalId = handlingOf(staff, originalReference).getJsonNumber("id").longValue();

        JsonObject self = ApiIT.assertProblem(staff.postJson("/api/staff/report-handling/" + duplicateId + "/merge",
                "{\"original\":\"" + duplicateReference + "\"}"), 400);
        assertEquals("original", self.getJsonArray("errors").getJsonObject(0).getString("field"));
        ApiIT.assertProblem(staff.postJson("/api/staff/report-handling/" + duplicateId + "/merge",
                "{\"original\":\"TR-2020-999999999\"}"), 400);

        HttpResponse<String> merged = staff.postJson("/api/staff/report-handling/" + duplicateId + "/merge",
                "{\"original\":\"" + originalReference.toLowerCase() + "\",\"version\":"
                        + duplicateHandling.getJsonNumber("version").longValue() + "}");
        assertEquals(200, merged.statusCode(), merged.body());
        assertEquals(originalReference, ApiClient.json(merged).getString("duplicateOf"));
        assertTrue(logKinds(ApiClient.json(merged)).contains("MERGED_INTO"));
        JsonObject originalAfter = ApiClient.json(staff.get("/api/staff/report-handling/" + originalId));
        assertTrue(logKinds(originalAfter).contains("MERGED_FROM"));
        assertEquals(List.of(duplicateReference), originalAfter.getJsonArray("duplicates").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        JsonObject publicDuplicate = ApiClient.json(new ApiClient().get("/api/reports/" + duplicateReference));
        assertEquals("AVSLUTAD", publicDuplicate.getString("status"));
        assertTrue(publicDuplicate.getString("latestAnswer").contains(originalReference));
        assertEquals(2, ApiClient.json(new ApiClient().get("/api/reports/" + originalReference)).getInt("supporters"),
                "the duplicate's reporter and its supporter now back the original");
        TestMailServer.Mail closed = TestMailServer.awaitMail(email, duplicateReference + ": Avslutad", DEADLINE);
        assertTrue(closed.body().contains(originalReference), closed.body());

        String trackingPage = new ApiClient().get("/rapport.xhtml?token=" + duplicate.getString("trackingToken")).body();
        assertTrue(trackingPage.contains("tracking-merged") && trackingPage.contains(originalReference), trackingPage);

        ApiIT.assertProblem(staff.postJson("/api/staff/report-handling/" + duplicateId + "/merge",
                "{\"original\":\"" + originalReference + "\"}"), 409);
        JsonObject third = submit(report("klotter", "Solna centrum", "Tredje."));
        long thirdId = handlingOf(staff, third.getString("reference")).getJsonNumber("id").longValue();
        JsonObject intoClosed = ApiIT.assertProblem(staff.postJson("/api/staff/report-handling/" + thirdId + "/merge",
                "{\"original\":\"" + duplicateReference + "\"}"), 400);
        assertEquals("original", intoClosed.getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(200, staff.postJson("/api/staff/reports/" + originalId + "/status",
                "{\"status\":\"PLANERAD\",\"publicAnswer\":\"Vi sanerar muren på fredag.\"}").statusCode());
        TestMailServer.Mail followUp = TestMailServer.awaitMail(email, originalReference + ": Planerad", DEADLINE);
        assertTrue(followUp.body().contains("Vi sanerar muren på fredag."), followUp.body());
    }

    @Test
    void anUnpublishedReportLeavesEveryPublicPlaceButStaffAndTheReporterStillSeeIt() throws Exception {
        String word = uniqueWord();
        JsonObject created = ApiClient.json(submitWithPhoto(report("otrygg-plats", "Skytteholmsparken",
                "Mannen heter Sven och står här " + word)));
        String reference = created.getString("reference");
        String token = created.getString("trackingToken");
        Await.until(() -> new ApiClient().get("/api/search?q=" + word).body().contains("report:"), DEADLINE,
                "the report is found by search");
        assertEquals(200, getStatus("/api/reports/" + reference + "/photos/1"));
        String map = new ApiClient().get("/api/reports/map?category=otrygg-plats").body();
        assertTrue(map.contains(reference), "the public map shows the report");
        assertFalse(map.contains(word), "the map carries no description");
        JsonObject point = ((JsonArray) ApiClient.json(new ApiClient().get("/api/reports/map?category=otrygg-plats"))
                .get("features")).stream().map(JsonObject.class::cast)
                .filter(feature -> feature.getJsonObject("properties").getString("reference").equals(reference))
                .findFirst().orElseThrow();
        assertEquals(java.util.Set.of("reference", "categoryName", "place", "status"),
                point.getJsonObject("properties").keySet());
        JsonObject handling = handlingOf(staff, reference);
        long id = handling.getJsonNumber("id").longValue();

        ApiIT.assertProblem(staff.postJson("/api/staff/report-handling/" + id + "/unpublish", "{\"version\":0}"), 409);
        HttpResponse<String> unpublished = staff.postJson("/api/staff/report-handling/" + id + "/unpublish",
                "{\"version\":" + handling.getJsonNumber("version").longValue() + "}");
        assertEquals(200, unpublished.statusCode(), unpublished.body());
        assertFalse(ApiClient.json(unpublished).getBoolean("published"));

        assertEquals(404, new ApiClient().get("/api/reports/" + reference).statusCode());
        assertFalse(new ApiClient().get("/api/reports?size=200").body().contains(reference));
        assertFalse(new ApiClient().get("/rapporter.xhtml?referens=" + reference).body().contains(word));
        assertEquals(404, new ApiClient().get("/open311/v2/requests/" + reference + ".json").statusCode());
        assertFalse(new ApiClient().get("/open311/v2/requests.json?service_request_id=" + reference).body()
                .contains(reference));
        assertFalse(new ApiClient().sendAccepting("GET", "/api/reports/feed.atom?lat=59.3612&lon=18.0011&radius=500",
                "application/atom+xml").body().contains(reference));
        assertFalse(new ApiClient().get("/api/reports/nearby?category=otrygg-plats&lat=59.3612&lon=18.0011").body()
                .contains(reference));
        assertEquals(404, getStatus("/api/reports/" + reference + "/photos/1"), "no public photo");
        assertFalse(new ApiClient().get("/api/reports/map?category=otrygg-plats").body().contains(reference),
                "nor on the map");
        Await.until(() -> !new ApiClient().get("/api/search?q=" + word).body().contains("report:" + id + "\""),
                DEADLINE, "search forgets the report");

        JsonObject tracked = ApiClient.json(new ApiClient().get("/api/reports/tracking/" + token));
        assertEquals("NY", tracked.getJsonObject("report").getString("status"));
        assertFalse(tracked.toString().contains(word), "the reporter sees the status without the hidden text");
        String trackingPage = new ApiClient().get("/rapport.xhtml?token=" + token).body();
        assertTrue(trackingPage.contains("tracking-hidden") && !trackingPage.contains(word), trackingPage);

        assertTrue(staff.get("/api/staff/reports/" + id).body().contains(word), "staff still see everything");
        assertEquals(200, staff.sendAccepting("GET", "/api/staff/report-handling/" + id + "/photos/1", "image/jpeg")
                .statusCode());
        assertEquals(401, new ApiClient().sendAccepting("GET", "/api/staff/report-handling/" + id + "/photos/1",
                "image/jpeg").statusCode());

        // far from the removed word in spelling, so search's typo tolerance cannot confuse them
        String redactedWord = "omskrivenlangtbort" + uniqueWord();
        JsonObject current = ApiClient.json(staff.get("/api/staff/report-handling/" + id));
        JsonObject tooLong = ApiIT.assertProblem(staff.postJson("/api/staff/report-handling/" + id + "/redact",
                Json.createObjectBuilder().add("description", "x".repeat(2001)).build().toString()), 400);
        assertEquals("description", tooLong.getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> redacted = staff.postJson("/api/staff/report-handling/" + id + "/redact",
                Json.createObjectBuilder().add("description", "En person står här " + redactedWord)
                        .add("version", current.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, redacted.statusCode(), redacted.body());
        JsonObject republished = ApiClient.json(staff.postJson("/api/staff/report-handling/" + id + "/republish",
                "{}"));
        assertTrue(republished.getBoolean("published"));
        assertEquals(List.of("UNPUBLISHED", "REDACTED", "REPUBLISHED"), logKinds(republished));
        assertTrue(republished.getJsonArray("log").stream().map(JsonObject.class::cast)
                .allMatch(entry -> entry.getString("actor").equals(staffUsername)));
        assertFalse(republished.toString().contains(word), "the log keeps no removed text");

        String publicView = new ApiClient().get("/api/reports/" + reference).body();
        assertTrue(publicView.contains(redactedWord) && !publicView.contains(word), publicView);
        assertEquals(200, getStatus("/api/reports/" + reference + "/photos/1"));
        Await.until(() -> new ApiClient().get("/api/search?q=" + redactedWord).body().contains("report:"), DEADLINE,
                "search finds the redacted text");
        assertFalse(new ApiClient().get("/api/search?q=" + word).body().contains("report:" + id + "\""),
                "search forgot the removed text");
    }

    @Test
    void staffKeepAnswerTemplatesInSwedishAndEnglish() {
        String title = TestServer.uniqueName("Tack-mall");
        JsonObject empty = ApiIT.assertProblem(staff.postJson("/api/staff/answer-templates",
                "{\"title\":\"" + title + "\",\"textSv\":\"Tack!\",\"textEn\":\" \"}"), 400);
        assertEquals("textEn", empty.getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> created = staff.postJson("/api/staff/answer-templates", "{\"title\":\"" + title
                + "\",\"textSv\":\"Tack, vi åtgärdar det.\",\"textEn\":\"Thank you, we will fix it.\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject template = ApiClient.json(created);
        assertEquals(staffUsername, template.getString("updatedBy"));
        long id = template.getJsonNumber("id").longValue();

        ApiIT.assertProblem(admin.putJson("/api/staff/answer-templates/" + id, "{\"title\":\"" + title
                + "\",\"textSv\":\"a\",\"textEn\":\"b\",\"version\":99}"), 409);
        HttpResponse<String> edited = admin.putJson("/api/staff/answer-templates/" + id, "{\"title\":\"" + title
                + "\",\"textSv\":\"Tack, vi åtgärdar det i veckan.\",\"textEn\":\"Thank you, we fix it this week.\","
                + "\"version\":" + template.getJsonNumber("version").longValue() + "}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals(TestServer.ADMIN_USERNAME, ApiClient.json(edited).getString("updatedBy"));
        JsonArray all = (JsonArray) ApiClient.parse(staff.get("/api/staff/answer-templates").body());
        assertTrue(all.toString().contains("vi åtgärdar det i veckan"), all.toString());
        assertEquals(401, new ApiClient().get("/api/staff/answer-templates").statusCode());
        assertEquals(204, staff.send("DELETE", "/api/staff/answer-templates/" + id, null, null).statusCode());
        assertFalse(staff.get("/api/staff/answer-templates").body().contains(title));
    }

    @Test
    void theReportPageTellsAClientOverTheRateLimitWhenToTryAgainAndSavesNothing() throws Exception {
        String client = "198.18.0." + CLIENTS.getAndIncrement();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> accepted = postFrom(HTTP, client, "/api/reports", "application/json",
                    report("nedskrapning", "Huvudsta " + i, "Skräp " + i).build().toString()
                            .getBytes(StandardCharsets.UTF_8));
            assertEquals(201, accepted.statusCode(), accepted.body());
        }
        long before = ApiClient.json(new ApiClient().get("/api/reports?size=1")).getJsonNumber("total").longValue();
        HttpClient browserLike = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        String form = browserLike.send(HttpRequest.newBuilder(TestServer.uri("/rapportera.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertTrue(viewState.find(), form);
        String boundary = BOUNDARY;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"report", "report"}, {"report:category", "nedskrapning"},
                {"report:place", "Huvudsta centrum"}, {"report:description", "En rapport för mycket."},
                {"report:submit", "Skicka"}, {"jakarta.faces.ViewState", viewState.group(1)}}) {
            part(body, field[0], null, "text/plain; charset=UTF-8", field[1].getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> page = postFrom(browserLike, client, "/rapportera.xhtml",
                "multipart/form-data; boundary=" + boundary, body.toByteArray());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Du har skickat många rapporter på kort tid. Försök igen om"), page.body());
        assertFalse(page.body().contains("report-reference"), "no reference number for a refused report");
        assertEquals(before, ApiClient.json(new ApiClient().get("/api/reports?size=1")).getJsonNumber("total")
                .longValue(), "nothing saved");
    }

    @Test
    void aTwentyMegabytePostReachesOurOwnPhotoRulesInsteadOfBeingCutOff() {
        byte[] tooBig = jpegLike(9 * 1024 * 1024);
        byte[] big = jpegLike(7 * 1024 * 1024);
        byte[] body = multipart(report("klotter", "Råsunda torg", "Tre stora bilder.").build().toString(),
                List.of(tooBig, big, big));
        assertTrue(body.length > 20 * 1024 * 1024, "the post is over 20 MB: " + body.length);
        JsonObject problem = ApiIT.assertProblem(post("/api/reports", "multipart/form-data; boundary=" + BOUNDARY,
                body), 400);
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("photos", error.getString("field"), problem.toString());
        assertTrue(error.getString("message").contains("för stor"), error.getString("message"));
    }

    /** Bytes that start like a JPEG, of the given size: our size rule looks at them before decoding. */
    private static byte[] jpegLike(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    @Test
    void aDistrictAlertMailsAboutNewReportsInThatDistrictOnly() {
        String email = TestServer.uniqueName("stadsdel") + "@example.org";
        JsonObject unknown = ApiIT.assertProblem(new ApiClient().postJson("/api/report-alerts",
                "{\"email\":\"" + email + "\",\"district\":\"atlantis\"}"), 400);
        assertEquals("district", unknown.getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> subscribed = new ApiClient().postJson("/api/report-alerts", "{\"email\":\"" + email
                + "\",\"district\":\"bergshamra\",\"category\":\"belysning\",\"language\":\"sv\"}");
        assertEquals(202, subscribed.statusCode(), subscribed.body());
        TestMailServer.Mail confirmation = TestMailServer.awaitMail(email, "Bekräfta", DEADLINE);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/bevakning\\.xhtml\\?bekrafta=([A-Za-z0-9_-]{43})")
                .matcher(confirmation.body());
        assertTrue(link.find(), confirmation.body());
        assertTrue(new ApiClient().get("/bevakning.xhtml?bekrafta=" + link.group(1)).body()
                .contains("Din bevakning har startat"));

        String elsewhere = submit(report("belysning", "Råsunda torg", "Mörkt.").add("latitude", 59.3650)
                .add("longitude", 17.9990)).getString("reference");
        String otherCategory = submit(report("klotter", "Bergshamra centrum", "Klotter.").add("latitude", 59.3850)
                .add("longitude", 18.0450)).getString("reference");
        String inside = submit(report("belysning", "Bergshamra centrum", "Mörkt vid bussen.").add("latitude", 59.3850)
                .add("longitude", 18.0450)).getString("reference");
        TestMailServer.Mail alert = TestMailServer.awaitMail(email, "Ny rapport", DEADLINE);
        assertTrue(alert.body().contains(inside), alert.body());
        List<TestMailServer.Mail> all = TestMailServer.mailsTo(email);
        assertEquals(2, all.size(), "one confirmation and one alert: " + all);
        assertTrue(all.stream().noneMatch(mail -> mail.body().contains(elsewhere) || mail.body().contains(otherCategory)));
    }

    private static int getStatus(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(TestServer.uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + path + " failed", e);
        }
    }

    static HttpResponse<String> submitWithPhoto(JsonObjectBuilder report) {
        return post("/api/reports", "multipart/form-data; boundary=" + BOUNDARY, multipart(report.build().toString(),
                List.of(PhotoFixtures.encode(PhotoFixtures.picture(640, 480), "jpg"))));
    }

    static final String BOUNDARY = "----trygg" + UUID.randomUUID();

    /** A multipart body: the part {@code report} with the JSON, and one part {@code photo} per JPEG. */
    static byte[] multipart(String reportJson, List<byte[]> jpegs) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, "report", null, "application/json", reportJson.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < jpegs.size(); i++) {
            part(body, "photo", "photo" + i + ".jpg", "image/jpeg", jpegs.get(i));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static void part(ByteArrayOutputStream body, String name, String fileName, String contentType,
                             byte[] content) {
        List<String> headers = new ArrayList<>();
        headers.add("Content-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\""));
        headers.add("Content-Type: " + contentType);
        body.writeBytes(("--" + BOUNDARY + "\r\n" + String.join("\r\n", headers) + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}

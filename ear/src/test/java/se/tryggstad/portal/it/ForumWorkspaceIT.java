package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A forum's members-only workspace over HTTP: documents with versions, threads, trygghetsvandringar
 * and the area lägesbild. A member of another forum gets 404 for every page, endpoint and file.
 */
@ExtendWith(ArquillianExtension.class)
class ForumWorkspaceIT {

    private static String staff;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @BeforeAll
    static void people() {
        staff = LeisureData.account("ws-staff", "STAFF");
    }

    record Forums(long a, long b, ApiClient memberA, ApiClient memberB, String marker) {
    }

    static Forums twoForums(String prefix) {
        ApiClient city = LeisureData.signedIn(staff);
        String marker = TestServer.uniqueName(prefix);
        long a = ForumData.forum(city, ForumData.platssamverkan(marker + " A", false));
        long b = ForumData.forum(city, ForumData.platssamverkan(marker + " B", false));
        return new Forums(a, b, LeisureData.signedIn(ForumData.member(city, a, "ws-a")),
                LeisureData.signedIn(ForumData.member(city, b, "ws-b")), marker);
    }

    @Test
    void documentsHaveVersionsByTitleAndOnlyMembersReadThem() {
        Forums forums = twoForums("Dokumenttorg");
        String title = TestServer.uniqueName("Trygghetsplan");
        byte[] first = pdf("första");
        byte[] second = pdf("andra");
        String base = "/api/partner/forums/" + forums.a() + "/documents";

        HttpResponse<String> created = upload(forums.memberA(), base, title, "plan.pdf", first);
        assertEquals(201, created.statusCode(), created.body());
        long documentId = ApiClient.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> again = upload(forums.memberA(), base, title, "plan-v2.pdf", second);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(documentId, ApiClient.json(again).getJsonNumber("id").longValue(), "same title, same document");

        JsonArray list = ApiClient.parse(forums.memberA().get(base).body()).asJsonArray();
        JsonObject document = list.getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("title").equals(title)).findFirst().orElseThrow();
        JsonArray versions = document.getJsonArray("versions");
        assertEquals(2, versions.size());
        assertEquals(2, versions.getJsonObject(0).getInt("number"), "newest first");
        assertEquals("application/pdf", versions.getJsonObject(0).getString("mediaType"));
        assertEquals(second.length, versions.getJsonObject(0).getInt("size"));
        assertTrue(versions.getJsonObject(0).getString("uploadedBy").startsWith("ws-a"));
        assertFalse(versions.getJsonObject(0).getString("organisation").isEmpty(), "the member organisation");

        HttpResponse<byte[]> v1 = forums.memberA().download(base + "/" + documentId + "/versions/1");
        assertEquals(200, v1.statusCode());
        assertArrayEquals(first, v1.body());
        assertTrue(v1.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", v1.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(second, forums.memberA().download(base + "/" + documentId + "/versions/2").body());
        assertEquals(404, forums.memberA().download(base + "/" + documentId + "/versions/3").statusCode());

        String page = forums.memberA().get("/partner/samverkan/dokument.xhtml?id=" + forums.a()).body();
        assertTrue(page.contains(title) && page.contains("plan-v2.pdf") && page.contains("plan.pdf"), "history on the page");

        // A member of forum B: 404 by page, list, upload and file; also through B's own address.
        assertEquals(404, forums.memberB().get("/partner/samverkan/dokument.xhtml?id=" + forums.a()).statusCode());
        ApiIT.assertProblem(forums.memberB().get(base), 404);
        assertEquals(404, forums.memberB().download(base + "/" + documentId + "/versions/1").statusCode());
        assertEquals(404, forums.memberB().download("/api/partner/forums/" + forums.b() + "/documents/" + documentId
                + "/versions/1").statusCode(), "A's document is not in B");
        ApiIT.assertProblem(upload(forums.memberB(), base, title, "x.pdf", first), 404);
        assertEquals(401, new ApiClient().download(base + "/" + documentId + "/versions/1").statusCode());
        assertEquals(2, ApiClient.parse(forums.memberA().get(base).body()).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getString("title").equals(title)).findFirst().orElseThrow()
                .getJsonArray("versions").size(), "B's upload saved nothing");

        Await.until(() -> ForumIT.searchFinds(forums.memberA(), title, "forum-document:" + documentId),
                Duration.ofSeconds(20), "A finds the document title");
        assertFalse(ForumIT.searchFinds(forums.memberB(), title, "forum-document:" + documentId), "B never finds it");
    }

    @Test
    void refusedFilesAreProblemsAtTheFieldAndNothingIsSaved() {
        Forums forums = twoForums("Filtorg");
        String base = "/api/partner/forums/" + forums.a() + "/documents";
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        JsonAssert.fields(ApiIT.assertProblem(upload(forums.memberA(), base, "Sida", "sida.pdf", html), 400), "file");
        byte[] big = Arrays.copyOf(pdf("stor"), 8 * 1024 * 1024 + 10); // the default limit is 8 MB
        JsonAssert.fields(ApiIT.assertProblem(upload(forums.memberA(), base, "Stor", "stor.pdf", big), 400), "file");
        JsonAssert.fields(ApiIT.assertProblem(upload(forums.memberA(), base, " ", "a.pdf", pdf("a")), 400), "title");
        assertEquals("[]", forums.memberA().get(base).body().replaceAll("\\s", ""), "nothing saved");
    }

    @Test
    void membersWriteThreadsAndGetADigestOncePerPeriodWithAOneTimeUnsubscribe() {
        Forums forums = twoForums("Inläggstorg");
        String base = "/api/partner/forums/" + forums.a();
        String subject = TestServer.uniqueName("Belysning vid entrén");
        HttpResponse<String> started = forums.memberA().postJson(base + "/threads", Json.createObjectBuilder()
                .add("title", subject).add("body", "Lampan är trasig igen. Ring 070-123 45 67 eller maila x@exempel.se.")
                .build().toString());
        assertEquals(201, started.statusCode(), started.body());
        long threadId = ApiClient.json(started).getJsonNumber("id").longValue();
        HttpResponse<String> replied = forums.memberA().postJson(base + "/threads/" + threadId + "/posts",
                "{\"body\":\"Vi har anmält det till fastighetsägaren.\"}");
        assertEquals(201, replied.statusCode(), replied.body());
        assertEquals(2, ApiClient.json(replied).getJsonArray("posts").size());
        JsonAssert.fields(ApiIT.assertProblem(forums.memberA().postJson(base + "/threads", "{\"title\":\"\",\"body\":\"\"}"),
                400), "title", "body");

        String page = forums.memberA().get("/partner/samverkan/inlagg.xhtml?id=" + forums.a() + "&trad=" + threadId).body();
        assertTrue(page.contains("fastighetsägaren") && page.contains(subject));
        assertTrue(forums.memberA().get("/partner/samverkan/inlagg.xhtml?id=" + forums.a()).body().contains(subject));

        // Forum B's member: 404 everywhere, and nothing they send lands in A.
        assertEquals(404, forums.memberB().get("/partner/samverkan/inlagg.xhtml?id=" + forums.a()).statusCode());
        assertEquals(404, forums.memberB().get("/partner/samverkan/inlagg.xhtml?id=" + forums.a() + "&trad=" + threadId).statusCode());
        assertEquals(404, forums.memberB().get("/partner/samverkan/inlagg.xhtml?id=" + forums.b() + "&trad=" + threadId).statusCode());
        ApiIT.assertProblem(forums.memberB().get(base + "/threads"), 404);
        ApiIT.assertProblem(forums.memberB().get(base + "/threads/" + threadId), 404);
        ApiIT.assertProblem(forums.memberB().postJson(base + "/threads/" + threadId + "/posts", "{\"body\":\"Hej\"}"), 404);
        ApiIT.assertProblem(forums.memberB().get("/api/partner/forums/" + forums.b() + "/threads/" + threadId), 404);
        ApiIT.assertProblem(forums.memberB().putJson(base + "/digest", "{\"frequency\":\"DAILY\",\"email\":\"b@exempel.se\"}"), 404);

        Await.until(() -> ForumIT.searchFinds(forums.memberA(), subject, "forum-thread:" + threadId), Duration.ofSeconds(20),
                "A finds the thread");
        assertFalse(ForumIT.searchFinds(forums.memberB(), subject, "forum-thread:" + threadId), "B never finds it");
        assertFalse(forums.memberA().get("/api/search?q=exempel.se").body().contains("forum-thread:" + threadId),
                "no e-mail address in the index");

        String email = forums.marker().replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@exempel.se";
        JsonAssert.fields(ApiIT.assertProblem(forums.memberA().putJson(base + "/digest",
                "{\"frequency\":\"DAILY\",\"email\":\"inte-en-adress\"}"), 400), "email");
        HttpResponse<String> chosen = forums.memberA().putJson(base + "/digest",
                "{\"frequency\":\"DAILY\",\"email\":\"" + email + "\",\"language\":\"sv\"}");
        assertEquals(200, chosen.statusCode(), chosen.body());

        ApiClient city = LeisureData.signedIn(staff);
        String tomorrow = Instant.now().plus(Duration.ofDays(1)).toString();
        ApiIT.assertProblem(forums.memberA().send("POST", "/api/staff/forum-digests?at=" + tomorrow, null, null), 403);
        assertEquals(200, city.send("POST", "/api/staff/forum-digests?at=" + tomorrow, null, null).statusCode());
        TestMailServer.Mail digest = TestMailServer.awaitMail(email, "Nya inlägg", Duration.ofSeconds(20));
        assertTrue(digest.body().contains(subject) && digest.body().contains("fastighetsägaren"), digest.body());
        assertEquals(1, TestMailServer.headerValues(email, "List-Unsubscribe").size());
        Matcher link = Pattern.compile("sammanfattning\\.xhtml\\?avsluta=([A-Za-z0-9_-]{43})").matcher(digest.body());
        assertTrue(link.find(), digest.body());
        String token = link.group(1);
        assertTrue(TestMailServer.headerValues(email, "List-Unsubscribe").get(0).contains(token));

        HttpResponse<String> again = city.send("POST", "/api/staff/forum-digests?at=" + tomorrow, null, null);
        assertEquals(0, ApiClient.json(again).getInt("sent"), again.body());
        assertEquals(1, TestMailServer.mailsTo(email).size(), "never twice for the same period");

        assertEquals(200, new ApiClient().send("POST", "/api/forum-digests/unsubscribe?token=" + token, null, null).statusCode());
        ApiIT.assertProblem(new ApiClient().send("POST", "/api/forum-digests/unsubscribe?token=" + token, null, null), 404);
        assertEquals("NONE", ApiClient.json(forums.memberA().get(base + "/digest")).getString("frequency"));
        String dayAfter = Instant.now().plus(Duration.ofDays(2)).toString();
        forums.memberA().postJson(base + "/threads/" + threadId + "/posts", "{\"body\":\"Lampan är lagad.\"}");
        HttpResponse<String> later = city.send("POST", "/api/staff/forum-digests?at=" + dayAfter, null, null);
        assertEquals(0, ApiClient.json(later).getInt("sent"), "no digest after unsubscribing: " + later.body());
        assertEquals(1, TestMailServer.mailsTo(email).size());
    }

    static final String ROUTE = "59.3600,17.9990;59.3605,18.0000;59.3612,18.0012";

    @Test
    void membersPlanAWalkAndItsFindingsBecomeReportsLinkedToTheWalk() {
        Forums forums = twoForums("Vandringstorg");
        String base = "/api/partner/forums/" + forums.a() + "/walks";
        String title = TestServer.uniqueName("Kvällsvandring");
        long organisation = ApiClient.json(forums.memberA().get("/api/partner/forums/" + forums.a()))
                .getJsonArray("members").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> planned = forums.memberA().postJson(base, Json.createObjectBuilder().add("title", title)
                .add("date", "2026-12-03").add("time", "18:30").add("meetingPoint", "Solna centrum, huvudentrén")
                .add("route", ROUTE).add("invitedOrganisations", Json.createArrayBuilder().add(organisation))
                .build().toString());
        assertEquals(201, planned.statusCode(), planned.body());
        JsonObject walk = ApiClient.json(planned);
        long walkId = walk.getJsonNumber("id").longValue();
        assertEquals(1, walk.getJsonArray("invitedOrganisations").size());
        assertTrue(walk.getString("routeGeoJson").contains("LineString"));
        JsonAssert.fields(ApiIT.assertProblem(forums.memberA().postJson(base, Json.createObjectBuilder().add("title", "")
                .add("date", "3 december").add("time", "18:30").add("meetingPoint", "Torget").add("route", "59.36,17.99")
                .add("invitedOrganisations", Json.createArrayBuilder().add(organisation + 100000)).build().toString()), 400),
                "title", "date", "route", "invited");

        HttpResponse<String> recorded = forums.memberA().postJson(base + "/" + walkId + "/findings",
                Json.createObjectBuilder().add("category", "belysning").add("latitude", 59.3605).add("longitude", 18.0001)
                        .add("place", "Gångtunneln vid busshållplatsen").add("description", "Två lampor är trasiga.")
                        .build().toString());
        assertEquals(201, recorded.statusCode(), recorded.body());
        String reference = ApiClient.json(recorded).getString("reference");
        assertEquals("NY", ApiClient.json(recorded).getString("status"));
        assertEquals(200, new ApiClient().get("/api/reports/" + reference).statusCode(), "a real report");
        JsonAssert.fields(ApiIT.assertProblem(forums.memberA().postJson(base + "/" + walkId + "/findings",
                "{\"category\":\"finns-inte\",\"place\":\"Torget\",\"description\":\"x\"}"), 400), "category");

        JsonObject read = ApiClient.json(forums.memberA().get(base + "/" + walkId));
        assertEquals(reference, read.getJsonArray("findings").getJsonObject(0).getString("reference"));
        String page = forums.memberA().get("/partner/samverkan/vandring.xhtml?id=" + forums.a() + "&vandring=" + walkId).body();
        assertTrue(page.contains(title) && page.contains(reference) && page.contains("Solna centrum, huvudentrén"));
        assertTrue(page.contains("59.360000,17.999000"), "the route as text, without JavaScript");
        assertTrue(forums.memberA().get("/partner/samverkan/vandring.xhtml?id=" + forums.a()).body().contains(title));

        assertEquals(404, forums.memberB().get("/partner/samverkan/vandring.xhtml?id=" + forums.a()).statusCode());
        assertEquals(404, forums.memberB().get("/partner/samverkan/vandring.xhtml?id=" + forums.a() + "&vandring=" + walkId)
                .statusCode());
        assertEquals(404, forums.memberB().get("/partner/samverkan/vandring.xhtml?id=" + forums.b() + "&vandring=" + walkId)
                .statusCode());
        ApiIT.assertProblem(forums.memberB().get(base + "/" + walkId), 404);
        ApiIT.assertProblem(forums.memberB().get("/api/partner/forums/" + forums.b() + "/walks/" + walkId), 404);
        ApiIT.assertProblem(forums.memberB().postJson(base + "/" + walkId + "/findings", recordedFinding()), 404);
        ApiIT.assertProblem(new ApiClient().get(base), 401);
    }

    @Test
    void theAreaLagesbildCountsReportsInsideThePolygonWithoutPersonalData() {
        Forums forums = twoForums("Lägestorg");
        String walks = "/api/partner/forums/" + forums.a() + "/walks";
        long walk = ApiClient.json(forums.memberA().postJson(walks, Json.createObjectBuilder().add("title", "Runda")
                .add("date", "2026-12-03").add("time", "18:30").add("meetingPoint", "Torget").add("route", ROUTE)
                .build().toString())).getJsonNumber("id").longValue();
        String inside = TestServer.uniqueName("Innanför");
        String outside = TestServer.uniqueName("Utanför");
        String secret = "Hemlig beskrivning " + UUID.randomUUID();
        assertEquals(201, forums.memberA().postJson(walks + "/" + walk + "/findings", Json.createObjectBuilder()
                .add("category", "belysning").add("latitude", 59.3600).add("longitude", 18.0000).add("place", inside)
                .add("description", secret).build().toString()).statusCode());
        assertEquals(201, forums.memberA().postJson(walks + "/" + walk + "/findings", Json.createObjectBuilder()
                .add("category", "klotter").add("latitude", 59.3700).add("longitude", 18.0300).add("place", outside)
                .add("description", secret).build().toString()).statusCode());

        String base = "/api/partner/forums/" + forums.a() + "/situation";
        HttpResponse<String> situation = forums.memberA().get(base + "?per=month");
        assertEquals(200, situation.statusCode(), situation.body());
        assertTrue(situation.body().contains(inside), "the report inside the area");
        assertFalse(situation.body().contains(outside), "not the one outside");
        assertFalse(situation.body().contains(secret), "never the description");
        assertFalse(situation.body().contains("description"), "no description field at all");
        JsonObject figures = ApiClient.json(situation);
        assertTrue(figures.getInt("total") >= 1);
        assertTrue(figures.getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("label").equals("Belysning")), figures.toString());
        assertFalse(forums.memberA().get(base + "?category=klotter").body().contains(inside), "filtered by category");
        assertTrue(forums.memberA().get(base + "?status=NY&per=week").body().contains(inside), "filtered by status");
        JsonAssert.fields(ApiIT.assertProblem(forums.memberA().get(base + "?status=GLAD"), 400), "status");
        JsonAssert.fields(ApiIT.assertProblem(forums.memberA().get(base + "?from=igår"), 400), "from");

        String page = forums.memberA().get("/partner/samverkan/lagesbild.xhtml?id=" + forums.a()).body();
        assertTrue(page.contains(inside) && !page.contains(outside) && !page.contains(secret));
        assertEquals(404, forums.memberB().get("/partner/samverkan/lagesbild.xhtml?id=" + forums.a()).statusCode());
        ApiIT.assertProblem(forums.memberB().get(base), 404);
        ApiIT.assertProblem(new ApiClient().get(base), 401);
    }

    private static String recordedFinding() {
        return "{\"category\":\"belysning\",\"place\":\"Torget\",\"description\":\"Mörkt.\"}";
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + " " + UUID.randomUUID() + "\n1 0 obj << /Type /Catalog >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static HttpResponse<String> upload(ApiClient client, String path, String title, String fileName, byte[] content) {
        String boundary = "----forum" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "title", null, "text/plain; charset=UTF-8", title.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "file", fileName, "application/octet-stream", content);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return client.postMultipart(path, boundary, body.toByteArray());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName,
                             String contentType, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + contentType
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}

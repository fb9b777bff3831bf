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

        HttpResponse<byte[]> v1 = forums.memberA().getBytes(base + "/" + documentId + "/versions/1");
        assertEquals(200, v1.statusCode());
        assertArrayEquals(first, v1.body());
        assertTrue(v1.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", v1.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(second, forums.memberA().getBytes(base + "/" + documentId + "/versions/2").body());
        assertEquals(404, forums.memberA().getBytes(base + "/" + documentId + "/versions/3").statusCode());

        String page = forums.memberA().get("/partner/samverkan/dokument.xhtml?id=" + forums.a()).body();
        assertTrue(page.contains(title) && page.contains("plan-v2.pdf") && page.contains("plan.pdf"), "history on the page");

        // A member of forum B: 404 by page, list, upload and file; also through B's own address.
        assertEquals(404, forums.memberB().get("/partner/samverkan/dokument.xhtml?id=" + forums.a()).statusCode());
        ApiIT.assertProblem(forums.memberB().get(base), 404);
        assertEquals(404, forums.memberB().getBytes(base + "/" + documentId + "/versions/1").statusCode());
        assertEquals(404, forums.memberB().getBytes("/api/partner/forums/" + forums.b() + "/documents/" + documentId
                + "/versions/1").statusCode(), "A's document is not in B");
        ApiIT.assertProblem(upload(forums.memberB(), base, title, "x.pdf", first), 404);
        assertEquals(401, new ApiClient().getBytes(base + "/" + documentId + "/versions/1").statusCode());
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
        byte[] big = Arrays.copyOf(pdf("stor"), 10 * 1024 * 1024 + 10);
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

package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Remisser through the API on the real server: registration by a sender's key or by handlers, bad input that
 * saves nothing, unique diarienummer under concurrent registration, who may see what, the workflow with four
 * eyes, consultations, villkor and audit, and the immutable yttrande PDF that is mailed to the police.
 */
@ExtendWith(ArquillianExtension.class)
class RemissIT {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Pattern DIARIENUMMER = Pattern.compile("KS/20[0-9]{2}:[0-9]{4,}");
    private static final String REMINDERS = "remisser@kommun.example";
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static ApiClient admin;
    private static ApiClient hanna;
    private static ApiClient bertil;
    private static ApiClient staff;
    private static String hannaName;
    private static String bertilName;
    private static String apiKey;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @BeforeAll
    static void accountsAndSenderKey() {
        admin = new ApiClient().signIn(TestServer.ADMIN_USERNAME, TestServer.adminPassword());
        hannaName = TestAccounts.create("remissh", "REMISS_HANDLER");
        bertilName = TestAccounts.create("remissh", "REMISS_HANDLER");
        hanna = TestAccounts.signedIn(hannaName);
        bertil = TestAccounts.signedIn(bertilName);
        staff = TestAccounts.signedInAs("remisss", "STAFF");
        HttpResponse<String> key = admin.postJson("/api/admin/remiss-keys", "{\"senderName\":\"Polisregion Stockholm\"}");
        assertEquals(201, key.statusCode(), key.body());
        apiKey = ApiClient.json(key).getString("key");
        String listed = admin.get("/api/admin/remiss-keys").body();
        assertTrue(listed.contains("Polisregion Stockholm"), listed);
        assertFalse(listed.contains(apiKey), "a key is shown once only");
    }


    private static String policeCase() {
        return "5000-K" + (100000 + CASES.incrementAndGet()) + "-" + TestServer.uniqueName("x").substring(2);
    }

    static JsonObjectBuilder application(String policeCase, String policeEmail) {
        LocalDate received = LocalDate.now();
        return Json.createObjectBuilder()
                .add("policeCaseNumber", policeCase).add("receivedOn", received.toString())
                .add("answerBy", received.plusDays(14).toString()).add("policeEmail", policeEmail)
                .add("organiserName", "Arenakonserter AB").add("organisationNumber", "5566778899")
                .add("contactName", "Kim Kontakt").add("contactPhone", "070-123 45 67")
                .add("eventName", "Sommarkonsert på arenan").add("eventType", "KONSERT")
                .add("placeAddress", "Evenemangsgatan 31, Solna").add("latitude", 59.3727).add("longitude", 18.0005)
                .add("placeKind", "ARENA_AREA").add("arenaArea", true)
                .add("buildUpStarts", received.plusDays(40) + "T08:00").add("starts", received.plusDays(41) + "T18:00")
                .add("ends", received.plusDays(41) + "T23:00").add("teardownEnds", received.plusDays(42) + "T12:00")
                .add("peakVisitors", 45000).add("totalVisitors", 50000).add("alcoholServed", true).add("ticketed", true)
                .add("temporaryStructures", Json.createArrayBuilder().add("STAGE"))
                .add("amplifiedSound", true).add("soundEndsAt", "23:00").add("lateHours", true);
    }

    private static HttpResponse<String> postWithKey(String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.uri("/api/remisser")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long total() {
        return ApiClient.json(hanna.get("/api/remisser")).getJsonNumber("total").longValue();
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.getDocumentInformation().setTitle(text);
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    private static JsonObject attachment(String name, byte[] content) {
        return Json.createObjectBuilder().add("fileName", name)
                .add("contentBase64", Base64.getEncoder().encodeToString(content)).build();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aSenderWithAKeyRegistersARemissWithItsAttachments() throws Exception {
        String policeCase = policeCase();
        String word = TestServer.uniqueName("rms").replaceAll("[^a-z]", "").concat("zqx");
        byte[] map = png();
        String json = application(policeCase, "tillstand@polisen.example").add("eventName", "Sommarkonsert " + word)
                .add("attachments", Json.createArrayBuilder()
                .add(attachment("ansökan.pdf", pdf("Ansökan"))).add(attachment("karta.png", map))).build().toString();
        HttpResponse<String> created = postWithKey(apiKey, json);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = ApiClient.json(created);
        assertTrue(DIARIENUMMER.matcher(body.getString("diarienummer")).matches(), body.toString());
        long id = body.getJsonNumber("id").longValue();

        JsonObject remiss = ApiClient.json(hanna.get("/api/remisser/" + id));
        assertEquals("MOTTAGEN", remiss.getString("status"));
        assertEquals(policeCase, remiss.getJsonObject("application").getString("policeCaseNumber"));
        assertEquals("556677-8899", remiss.getJsonObject("application").getString("organisationNumber"));
        JsonArray attachments = remiss.getJsonArray("attachments");
        assertEquals(2, attachments.size(), attachments.toString());
        assertEquals("application/pdf", attachments.getJsonObject(0).getString("contentType"));
        assertEquals("image/png", attachments.getJsonObject(1).getString("contentType"));
        assertEquals("registered", remiss.getJsonArray("audit").getJsonObject(0).getString("what"));
        assertEquals("API: Polisregion Stockholm", remiss.getJsonArray("audit").getJsonObject(0).getString("actor"));
        assertArrayEquals(map, hanna.getBytes("/api/remisser/" + id + "/attachments/"
                + attachments.getJsonObject(1).getJsonNumber("id").longValue()));

        assertEquals(401, postWithKey(null, application(policeCase(), "a@polisen.example").build().toString()).statusCode());
        assertEquals(401, postWithKey("A".repeat(43), application(policeCase(), "a@polisen.example").build().toString()).statusCode());
        HttpResponse<String> other = admin.postJson("/api/admin/remiss-keys", "{\"senderName\":\"Återkallad\"}");
        String revoked = ApiClient.json(other).getString("key");
        long revokedId = ApiClient.json(other).getJsonNumber("id").longValue();
        assertEquals(204, admin.send("DELETE", "/api/admin/remiss-keys/" + revokedId, null, null).statusCode());
        assertEquals(401, postWithKey(revoked, application(policeCase(), "a@polisen.example").build().toString()).statusCode());
        assertEquals(403, hanna.get("/api/admin/remiss-keys").statusCode());

        Await.until(() -> hanna.get("/api/search?q=" + word).body().contains("remiss:" + id), DEADLINE,
                "the remiss is found by staff search");
        assertFalse(hanna.get("/api/search?q=" + word).body().contains("Kim Kontakt"), "no personal data in search");
        assertFalse(new ApiClient().get("/api/search?q=" + word).body().contains("remiss:" + id),
                "remisser are for staff only");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
        long before = total();
        assertRefused(application(policeCase(), "p@polisen.example").add("answerBy", LocalDate.now().minusDays(1).toString()),
                400, "answerBy");
        assertRefused(application(policeCase(), "p@polisen.example").add("ends", LocalDate.now().plusDays(41) + "T10:00"),
                400, "ends");
        assertRefused(application(policeCase(), "p@polisen.example").add("peakVisitors", -5), 400, "peakVisitors");
        assertRefused(application(policeCase(), "p@polisen.example").add("eventType", "KALAS"), 400, "eventType");
        assertRefused(application(policeCase(), "p@polisen.example").add("organisationNumber", "556677-8890"), 400,
                "organisationNumber");
        byte[] large = new byte[1_100_000];
        System.arraycopy(pdf("Stor"), 0, large, 0, 100);
        assertRefused(application(policeCase(), "p@polisen.example").add("attachments", Json.createArrayBuilder()
                .add(attachment("stor.pdf", large))), 400, "attachments");
        assertRefused(application(policeCase(), "p@polisen.example").add("attachments", Json.createArrayBuilder()
                .add(attachment("inte-en.pdf", "%PDF-1.4 nej, bara text".getBytes()))), 400, "attachments");

        String duplicate = policeCase();
        assertEquals(201, postWithKey(apiKey, application(duplicate, "p@polisen.example").build().toString()).statusCode());
        HttpResponse<String> again = postWithKey(apiKey, application(duplicate, "p@polisen.example")
                .add("attachments", Json.createArrayBuilder().add(attachment("a.png", png()))).build().toString());
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("ärendenumret"), again.body());
        assertEquals(before + 1, total(), "only the first of the duplicates is stored");
    }

    private static void assertRefused(JsonObjectBuilder application, int status, String field) {
        HttpResponse<String> refused = postWithKey(apiKey, application.build().toString());
        assertEquals(status, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("\"" + field + "\""), field + " in " + refused.body());
    }

    @Test
    void concurrentRegistrationsGetUniqueDiarienummer() throws Exception {
        int count = 12;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String json = application(policeCase(), "p@polisen.example").build().toString();
                posts.add(() -> postWithKey(apiKey, json));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<HttpResponse<String>> response : pool.invokeAll(posts)) {
                assertEquals(201, response.get().statusCode(), response.get().body());
                numbers.add(ApiClient.json(response.get()).getString("diarienummer"));
            }
            assertEquals(count, numbers.size(), "unique: " + numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyRemissHandlersAndAdminsSeeRemisser() {
        assertEquals(403, staff.get("/api/remisser").statusCode());
        assertEquals(403, staff.postJson("/api/remisser", application(policeCase(), "p@polisen.example").build().toString())
                .statusCode());
        assertEquals(403, staff.get("/staff/remisser/").statusCode());
        assertEquals(403, staff.get("/staff/remisser/ny.xhtml").statusCode());
        assertEquals(200, staff.get("/staff/index.xhtml").statusCode(), "other staff pages stay open to staff");
        assertEquals(401, new ApiClient().get("/api/remisser").statusCode());
        assertTrue(List.of(302, 401, 403).contains(new ApiClient().get("/staff/remisser/").statusCode()));
        assertEquals(200, hanna.get("/staff/remisser/").statusCode());
        assertEquals(200, admin.get("/api/remisser").statusCode());
    }

    @Test
    void aRemissGoesThroughTheWorkflowWithFourEyesAndItsYttrandeIsSentAsAnImmutablePdf() throws Exception {
        String police = TestServer.uniqueName("polis") + "@polisen.example";
        String policeCase = policeCase();
        HttpResponse<String> created = hanna.postJson("/api/remisser", application(policeCase, police).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = ApiClient.json(created).getJsonNumber("id").longValue();
        String diarienummer = ApiClient.json(created).getString("diarienummer");
        String path = "/api/remisser/" + id;

        assertEquals(200, move(hanna, id, "UNDER_HANDLAGGNING").statusCode());
        HttpResponse<String> illegal = move(hanna, id, "GRANSKAD");
        assertEquals(409, illegal.statusCode(), illegal.body());
        assertTrue(illegal.body().contains("kan inte gå till det läget"), illegal.body());

        JsonObject detail = ApiClient.json(hanna.get(path));
        long version = detail.getJsonNumber("version").longValue();
        String changed = application(policeCase, police).add("version", version).add("peakVisitors", 48000).build().toString();
        HttpResponse<String> change = hanna.putJson(path, changed);
        assertEquals(200, change.statusCode(), change.body());
        assertEquals(409, hanna.putJson(path, changed).statusCode(), "a stale version is refused");
        assertTrue(auditHas(ApiClient.json(change), "application.peakVisitors", "45000", "48000"));

        HttpResponse<String> asked = hanna.postJson(path + "/consultations", Json.createObjectBuilder()
                .add("forvaltning", "RADDNINGSTJANST").add("question", "Räcker utrymningsvägarna?")
                .add("dueOn", LocalDate.now().plusDays(5).toString()).build().toString());
        assertEquals(201, asked.statusCode(), asked.body());
        long consultation = ApiClient.json(asked).getJsonNumber("id").longValue();
        HttpResponse<String> answered = bertil.postJson(path + "/consultations/" + consultation + "/answer",
                "{\"answer\":\"Ja, med fyra öppna grindar.\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("Ja, med fyra öppna grindar.", ApiClient.json(answered).getJsonArray("consultations")
                .getJsonObject(0).getString("answer"));

        String villkor = "Arrangören ska ha en säkerhetsplan och ordningsvakter vid alla in- och utgångar.";
        HttpResponse<String> added = hanna.postJson(path + "/villkor", Json.createObjectBuilder().add("text", villkor)
                .build().toString());
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(400, hanna.postJson(path + "/villkor", "{\"text\":\"  \"}").statusCode());
        HttpResponse<String> sameTimeAndPlace = postWithKey(apiKey, application(policeCase(), police).build().toString());
        long otherId = ApiClient.json(sameTimeAndPlace).getJsonNumber("id").longValue();
        JsonObject checks = ApiClient.json(hanna.get(path + "/checks"));
        List<String> proposed = checks.getJsonArray("proposals").stream()
                .map(p -> p.asJsonObject().getString("ruleKey")).toList();
        assertTrue(proposed.containsAll(List.of("sakerhetsplan", "ordningsvakter")), checks.toString());
        assertTrue(checks.getJsonArray("conflicts").stream()
                .anyMatch(c -> c.asJsonObject().getJsonNumber("remissId").longValue() == otherId), checks.toString());
        assertTrue(checks.get("evacuation").getValueType() == JsonValue.ValueType.OBJECT, checks.toString());
        HttpResponse<String> accepted = hanna.postJson(path + "/villkor", "{\"ruleKey\":\"sakerhetsplan\"}");
        assertEquals(201, accepted.statusCode(), accepted.body());
        assertEquals(409, hanna.postJson(path + "/villkor", "{\"ruleKey\":\"sakerhetsplan\"}").statusCode());
        JsonObject withRule = ApiClient.json(hanna.get(path)).getJsonArray("villkor").stream().map(JsonValue::asJsonObject)
                .filter(v -> "sakerhetsplan".equals(v.getString("ruleKey", null))).findFirst().orElseThrow();
        assertEquals("PROPOSED", withRule.getString("origin"));
        assertTrue(withRule.getJsonArray("triggeredBy").toString().contains("peakVisitors"), withRule.toString());

        assertEquals(200, move(hanna, id, "FORSLAG_TILL_YTTRANDE").statusCode());
        HttpResponse<String> ownReview = move(hanna, id, "GRANSKAD");
        assertEquals(403, ownReview.statusCode(), ownReview.body());
        assertTrue(ownReview.body().contains("någon annan"), ownReview.body());
        assertEquals(409, hanna.post(path + "/yttranden").statusCode(), "not reviewed yet");
        assertEquals(200, move(bertil, id, "GRANSKAD").statusCode());

        HttpResponse<String> sent = bertil.post(path + "/yttranden");
        assertEquals(201, sent.statusCode(), sent.body());
        JsonObject yttrande = ApiClient.json(sent);
        assertEquals(1, yttrande.getInt("number"));
        String sha = yttrande.getString("sha256");
        byte[] pdf = hanna.getBytes(path + "/yttranden/" + yttrande.getJsonNumber("id").longValue() + ".pdf");
        assertEquals(sha, sha256(pdf));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        for (String expected : List.of("Solna stad", diarienummer, policeCase, "Sommarkonsert på arenan", villkor,
                "Handläggare: " + hannaName, "Granskad av: " + bertilName, "Polisens ärendenummer")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }

        MimeMessage mail = awaitMessage(police);
        assertTrue(mail.getSubject().contains(diarienummer), mail.getSubject());
        byte[] attached = pdfAttachment(mail);
        assertArrayEquals(pdf, attached, "the mailed PDF is the stored one");

        JsonObject after = ApiClient.json(hanna.get(path));
        assertEquals("YTTRANDE_SKICKAT", after.getString("status"));
        assertTrue(auditHas(after, "yttrande.sent", null, sha), after.getJsonArray("audit").toString());
        assertEquals(409, bertil.post(path + "/yttranden").statusCode(), "a sent yttrande is not sent again");
        assertEquals(409, hanna.postJson(path + "/villkor", "{\"text\":\"Ett till villkor\"}").statusCode(),
                "villkor are fixed once the yttrande is sent");
        assertEquals(200, move(hanna, id, "UNDER_HANDLAGGNING").statusCode(), "a new decision starts anew");
        JsonObject reopened = ApiClient.json(hanna.get(path));
        assertEquals(1, reopened.getJsonArray("yttranden").size(), "the sent yttrande stays as it was");
        assertEquals(sha, reopened.getJsonArray("yttranden").getJsonObject(0).getString("sha256"));

        JsonObject statistics = ApiClient.json(hanna.get("/api/remisser/statistics"));
        assertTrue(statistics.getJsonNumber("answered").longValue() >= 1, statistics.toString());
        assertTrue(statistics.getJsonObject("perType").getJsonNumber("konsert").longValue() >= 1, statistics.toString());
        assertEquals(1.0, statistics.getJsonNumber("shareAnsweredInTime").doubleValue(), statistics.toString());
        assertEquals(403, staff.get("/api/remisser/statistics").statusCode());
    }

    @Test
    void aRemissNearItsSvarsdatumIsRemindedOfOnce() {
        HttpResponse<String> created = hanna.postJson("/api/remisser", application(policeCase(), "p@polisen.example")
                .add("answerBy", LocalDate.now().plusDays(1).toString()).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        String diarienummer = ApiClient.json(created).getString("diarienummer");
        assertEquals(403, hanna.post("/api/admin/remiss-reminders").statusCode());
        HttpResponse<String> first = admin.post("/api/admin/remiss-reminders");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(ApiClient.json(first).getInt("sent") >= 1, first.body());
        TestMailServer.Mail reminder = TestMailServer.awaitMail(REMINDERS, diarienummer, DEADLINE);
        assertTrue(reminder.body().contains("/staff/remisser/remiss.xhtml?id="), reminder.body());
        HttpResponse<String> second = admin.post("/api/admin/remiss-reminders");
        assertEquals(0, ApiClient.json(second).getInt("sent"), "each remiss is reminded of once: " + second.body());
    }

    private static HttpResponse<String> move(ApiClient who, long id, String status) {
        return who.postJson("/api/remisser/" + id + "/status", "{\"status\":\"" + status + "\"}");
    }

    private static boolean auditHas(JsonObject remiss, String what, String oldValue, String newValueContains) {
        for (JsonValue value : remiss.getJsonArray("audit")) {
            JsonObject entry = value.asJsonObject();
            if (entry.getString("what").equals(what)
                    && (oldValue == null || oldValue.equals(entry.getString("oldValue", null)))
                    && entry.getString("newValue", "").contains(newValueContains)) {
                return true;
            }
        }
        return false;
    }

    private static MimeMessage awaitMessage(String address) {
        Await.until(() -> !TestMailServer.messagesTo(address).isEmpty(), DEADLINE, "the yttrande mail to " + address);
        return TestMailServer.messagesTo(address).get(0);
    }

    private static byte[] pdfAttachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                try (InputStream content = part.getInputStream()) {
                    return content.readAllBytes();
                }
            }
        }
        throw new AssertionError("no PDF in the mail");
    }
}

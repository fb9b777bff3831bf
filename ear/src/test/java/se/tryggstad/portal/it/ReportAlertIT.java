package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Area alerts with a real SMTP server: double opt-in, an alert mail for a matching new report and
 * none for others, one-click unsubscribe, refusals as problem+json; and the Atom feed per area.
 */
@ExtendWith(ArquillianExtension.class)
class ReportAlertIT {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Pattern CONFIRM_LINK = Pattern.compile("/bevakning\\.xhtml\\?bekrafta=([A-Za-z0-9_-]{43})");
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("/bevakning\\.xhtml\\?avsluta=([A-Za-z0-9_-]{43})");
    private static final AtomicInteger CLIENTS = new AtomicInteger(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The followed area: around Råsunda torg; "far" is Bergshamra, about 2 km away. */
    private static final double LAT = 59.3650;
    private static final double LON = 17.9990;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    private static String address(String name) {
        return TestServer.uniqueName(name) + "@example.org";
    }

    private static JsonObjectBuilder alert(String email, double lat, double lon, int radius, String category) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("email", email).add("latitude", lat)
                .add("longitude", lon).add("radius", radius).add("language", "sv");
        return category == null ? body : body.add("category", category);
    }

    private static HttpResponse<String> subscribe(JsonObjectBuilder body) {
        return new ApiClient().postJson("/api/report-alerts", body.build().toString());
    }

    /** Subscribes and follows the link in the confirmation mail, as the resident would. */
    private static void subscribeAndConfirm(String email, int radius, String category) {
        assertEquals(202, subscribe(alert(email, LAT, LON, radius, category)).statusCode());
        TestMailServer.Mail confirmation = TestMailServer.awaitMail(email, "Bekräfta", DEADLINE);
        Matcher link = CONFIRM_LINK.matcher(confirmation.body());
        assertTrue(link.find(), confirmation.body());
        String page = new ApiClient().get("/bevakning.xhtml?bekrafta=" + link.group(1)).body();
        assertTrue(page.contains("Din bevakning har startat"), page);
    }

    /** A report through the public API, each from its own client address (rate limit). */
    private static String report(String category, double lat, double lon, String place, String reporterEmail) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("category", category).add("place", place)
                .add("description", "Det är mörkt och otryggt här.").add("latitude", lat).add("longitude", lon)
                .add("language", "sv");
        if (reporterEmail != null) {
            body.add("email", reporterEmail).add("consent", true);
        }
        HttpRequest request = HttpRequest.newBuilder(TestServer.uri("/api/reports")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113." + CLIENTS.getAndIncrement())
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())).build();
        try {
            HttpResponse<String> created = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            return ApiClient.json(created).getString("reference");
        } catch (Exception e) {
            throw new AssertionError("POST /api/reports failed", e);
        }
    }

    private static boolean anyMailAbout(String email, String reference) {
        return TestMailServer.mailsTo(email).stream().anyMatch(mail -> mail.body().contains(reference)
                || mail.subject().contains(reference));
    }

    @Test
    void confirmedAlertsGetMailForMatchingReportsUntilUnsubscribed() {
        String leaving = address("bevakare-slutar");
        String staying = address("bevakare-kvar");
        String graffitiOnly = address("bevakare-klotter");
        String unconfirmed = address("bevakare-obekraftad");
        subscribeAndConfirm(leaving, 250, null);
        subscribeAndConfirm(staying, 500, "belysning");
        subscribeAndConfirm(graffitiOnly, 1000, "klotter");
        assertEquals(202, subscribe(alert(unconfirmed, LAT, LON, 1000, null)).statusCode());
        TestMailServer.awaitMail(unconfirmed, "Bekräfta", DEADLINE);

        String reporter = address("rapportor");
        String first = report("belysning", LAT + 0.0005, LON, "Råsunda torg", reporter);
        TestMailServer.Mail alert = TestMailServer.awaitMail(leaving, "Ny rapport", DEADLINE);
        assertTrue(alert.body().contains(first), alert.body());
        assertTrue(alert.subject().contains("Belysning") && alert.subject().contains("Råsunda torg"), alert.subject());
        assertFalse(alert.body().contains(reporter), "nothing about the reporter: " + alert.body());
        assertTrue(alert.body().contains("/rapporter.xhtml?referens=" + first), alert.body());
        Matcher unsubscribe = UNSUBSCRIBE_LINK.matcher(alert.body());
        assertTrue(unsubscribe.find(), alert.body());
        Await.until(() -> anyMailAbout(staying, first), DEADLINE, "the second subscriber's alert");

        String page = new ApiClient().get("/bevakning.xhtml?avsluta=" + unsubscribe.group(1)).body();
        assertTrue(page.contains("Avsluta bevakningen"), "a visit only shows the button: " + page);
        HttpResponse<String> visit = new ApiClient().get("/api/report-alerts/unsubscribe?token=" + unsubscribe.group(1));
        assertEquals(303, visit.statusCode(), "a plain GET never unsubscribes");
        HttpResponse<String> oneClick = new ApiClient().send("POST", "/api/report-alerts/unsubscribe?token="
                + unsubscribe.group(1), "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        ApiIT.assertProblem(new ApiClient().send("POST", "/api/report-alerts/unsubscribe?token=" + unsubscribe.group(1),
                "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click"), 404);

        String far = report("belysning", 59.3790, 18.0330, "Bergshamra centrum", null);
        String graffitiFar = report("klotter", 59.3790, 18.0330, "Bergshamra tunnelbana", null);
        String second = report("belysning", LAT - 0.0005, LON, "Råsundavägen", null);
        Await.until(() -> anyMailAbout(staying, second), DEADLINE, "the control alert after unsubscribing");
        assertFalse(anyMailAbout(leaving, second), "no mail after unsubscribing");
        for (String subscriber : List.of(leaving, staying, graffitiOnly, unconfirmed)) {
            assertFalse(anyMailAbout(subscriber, far), "a report outside every area mails nobody");
            assertFalse(anyMailAbout(subscriber, graffitiFar), "a report outside every area mails nobody");
        }
        assertFalse(anyMailAbout(graffitiOnly, first) || anyMailAbout(graffitiOnly, second), "another category");
        assertEquals(1, TestMailServer.mailsTo(unconfirmed).size(), "unconfirmed: only the confirmation mail");

        List<String> stayingLinks = TestMailServer.mailsTo(staying).stream()
                .filter(mail -> mail.body().contains(first) || mail.body().contains(second))
                .map(mail -> {
                    Matcher link = UNSUBSCRIBE_LINK.matcher(mail.body());
                    assertTrue(link.find(), mail.body());
                    return link.group(1);
                }).toList();
        assertEquals(2, stayingLinks.size());
        assertEquals(200, new ApiClient().send("POST", "/api/report-alerts/unsubscribe?token=" + stayingLinks.get(0),
                null, null).statusCode(), "the link in each mail works, not only the newest");
        ApiIT.assertProblem(new ApiClient().send("POST", "/api/report-alerts/unsubscribe?token=" + stayingLinks.get(1),
                null, null), 404);
    }

    @Test
    void badSubscriptionsAreRefusedWithProblemsAndSaveNothing() {
        String email = address("felaktig");
        Map<String, JsonObjectBuilder> refused = Map.of(
                "email", alert("inte-en-adress", LAT, LON, 500, null),
                "radius", alert(email, LAT, LON, 300, null),
                "latitude", alert(email, 57.7, 11.97, 500, null),
                "category", alert(email, LAT, LON, 500, "finns-inte"));
        refused.forEach((field, body) -> {
            JsonObject problem = ApiIT.assertProblem(subscribe(body), 400);
            assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), problem.toString());
        });
        ApiIT.assertProblem(new ApiClient().postJson("/api/report-alerts",
                "{\"email\":\"" + email + "\",\"radius\":500}"), 400);
        ApiIT.assertProblem(new ApiClient().postJson("/api/report-alerts", "{\"email\":"), 400);
        ApiIT.assertProblem(new ApiClient().postJson("/api/report-alerts", "{\"latitude\":\"norr\"}"), 400);
        ApiIT.assertProblem(new ApiClient().send("POST", "/api/report-alerts/confirm?token=" + "A".repeat(43),
                null, null), 404);
        String page = new ApiClient().get("/bevakning.xhtml?bekrafta=" + "B".repeat(43)).body();
        assertTrue(page.contains("Länken gäller inte längre"), page);
        assertTrue(TestMailServer.mailsTo(email).isEmpty(), "nothing saved, nothing mailed");
    }

    @Test
    void theAtomFeedListsTheAreasReportsWithoutPersonalData() throws Exception {
        String reporter = address("flodesrapportor");
        String near = report("nedskrapning", LAT, LON + 0.001, "Råsunda torg, bänkarna", reporter);
        String far = report("nedskrapning", 59.3790, 18.0330, "Bergshamra centrum", null);

        HttpResponse<String> area = feed("?lat=" + LAT + "&lon=" + LON + "&radius=250&category=nedskrapning");
        assertEquals(200, area.statusCode(), area.body());
        assertEquals("application/atom+xml", area.headers().firstValue("Content-Type").orElse("").split(";")[0].trim());
        List<String> ids = entryIds(area.body());
        assertTrue(ids.stream().anyMatch(id -> id.endsWith("referens=" + near)), ids.toString());
        assertFalse(ids.stream().anyMatch(id -> id.endsWith("referens=" + far)), ids.toString());
        assertFalse(area.body().contains(reporter), "no contact data");
        assertFalse(area.body().contains("token"), "no tracking tokens");

        List<String> city = entryIds(feed("?category=nedskrapning&lang=en").body());
        assertTrue(city.stream().anyMatch(id -> id.endsWith("referens=" + far)), city.toString());

        ApiIT.assertProblem(feed("?lat=59.36&lon=18.0&radius=300"), 400);
        ApiIT.assertProblem(feed("?lat=59.36"), 400);
        ApiIT.assertProblem(feed("?category=finns-inte"), 400);

        String list = new ApiClient().get("/rapporter.xhtml").body();
        assertTrue(list.contains("rel=\"alternate\" type=\"application/atom+xml\""), list);
        assertTrue(list.contains("/bevakning.xhtml"), list);
    }

    /** As a feed reader asks: Atom, and problem details when the query is wrong. */
    private static HttpResponse<String> feed(String query) {
        return new ApiClient().sendAccepting("GET", "/api/reports/feed.atom" + query,
                "application/atom+xml, application/problem+json;q=0.5");
    }

    /** Parses the feed as namespaced XML (it must be well-formed Atom) and answers its entries' ids. */
    private static List<String> entryIds(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = document.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "summary", "link")) {
                assertEquals(1, entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required).getLength(),
                        required + " in every entry");
            }
            ids.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent());
        }
        return ids;
    }
}

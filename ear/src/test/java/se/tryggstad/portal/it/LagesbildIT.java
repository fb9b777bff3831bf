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

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lägesbild through the API: reports submitted at known places, categories and times are counted
 * right (per category, status, förvaltning — the assigned one, else the category's — district, week, and
 * in the time × weekday matrix), filters narrow every figure, the exports hold the reports but never
 * contact details, tokens or descriptions, and only staff get any of it.
 */
@ExtendWith(ArquillianExtension.class)
class LagesbildIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final AtomicInteger CLIENTS = new AtomicInteger(1);
    private static final String DEPARTMENT_GATA_PARK = "Stadsbyggnadsförvaltningen, gata/park";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    private static ApiClient staff;
    private static ApiClient remissHandler;

    @BeforeAll
    static void accounts() {
        staff = TestAccounts.signedInAs("lagesbildstaff", "STAFF");
        remissHandler = TestAccounts.signedInAs("lagesbildremiss", "REMISS_HANDLER");
    }

    /** The reports of one test, with what they were submitted with. */
    private record Submitted(String reference, String token, String email, String phone, String secret) {
    }

    private static Submitted submit(String category, String place, Double latitude, Double longitude,
                                    List<String> times, List<String> days, boolean withContact) {
        String secret = TestServer.uniqueName("hemlig").replaceAll("[^a-z0-9]", "");
        String email = TestServer.uniqueName("kontakt").replaceAll("[^a-z0-9]", "") + "@example.org";
        String phone = "+46 70 " + (1000000 + CLIENTS.get() * 7919 % 8999999);
        JsonObjectBuilder body = Json.createObjectBuilder().add("category", category).add("place", place)
                .add("description", "Beskrivning " + secret).add("language", "sv")
                .add("unsafeTimes", Json.createArrayBuilder(times)).add("unsafeDays", Json.createArrayBuilder(days));
        if (latitude != null) {
            body.add("latitude", latitude).add("longitude", longitude);
        }
        if (withContact) {
            body.add("email", email).add("phone", phone).add("consent", true);
        }
        HttpRequest request = HttpRequest.newBuilder(TestServer.uri("/api/reports")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "192.0.2." + CLIENTS.getAndIncrement())
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(201, response.statusCode(), response.body());
            JsonObject created = ApiClient.json(response);
            return new Submitted(created.getString("reference"), created.getString("trackingToken"),
                    withContact ? email : null, withContact ? phone : null, secret);
        } catch (Exception e) {
            throw new AssertionError("submitting a report failed", e);
        }
    }

    /** Four reports: two klotter in Bergshamra, belysning in Huvudsta, one without a position. */
    private static List<Submitted> fourReports() {
        List<Submitted> reports = new ArrayList<>();
        reports.add(submit("klotter", "Bergshamra centrum", 59.3806, 18.0363, List.of("KVALL"),
                List.of("FRIDAY", "SATURDAY"), true));
        reports.add(submit("klotter", "Gångbron; \"norra\" sidan", 59.3810, 18.0370, List.of("KVALL"),
                List.of("FRIDAY"), true));
        reports.add(submit("belysning", "Huvudsta strand", 59.3496, 17.9862, List.of("NATT"), List.of("SUNDAY"), false));
        reports.add(submit("otrygg-plats", "Någonstans i Solna", null, null, List.of(), List.of(), true));
        return reports;
    }

    private static String only(List<Submitted> reports) {
        return reports.stream().map(report -> "reference=" + report.reference()).collect(Collectors.joining("&"));
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
    }

    private static JsonObject lagesbild(String query) {
        HttpResponse<String> response = staff.get("/api/staff/lagesbild?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    private static Map<String, Long> counts(JsonObject figures, String list) {
        return figures.getJsonArray(list).stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(count -> count.getString("key"), count -> count.getJsonNumber("count").longValue()));
    }

    private static long cell(JsonObject figures, String time, int dayIndex) {
        return figures.getJsonArray("matrix").stream().map(JsonObject.class::cast)
                .filter(row -> row.getString("time").equals(time)).findFirst().orElseThrow()
                .getJsonArray("days").getJsonNumber(dayIndex).longValue();
    }

    @Test
    void reportsAreCountedPerCategoryStatusDepartmentDistrictWeekAndTimeOfDay() {
        String period = "from=" + today() + "&to=" + today();
        long before = lagesbild(period).getJsonNumber("total").longValue();
        long bergshamraKlotterBefore = lagesbild(period + "&district=bergshamra&category=klotter")
                .getJsonNumber("total").longValue();
        List<Submitted> reports = fourReports();

        assertEquals(before + 4, lagesbild(period).getJsonNumber("total").longValue(), "today's figures grew by four");
        assertEquals(bergshamraKlotterBefore + 2, lagesbild(period + "&district=bergshamra&category=klotter")
                .getJsonNumber("total").longValue());

        JsonObject figures = lagesbild(period + "&" + only(reports));
        assertEquals(4, figures.getJsonNumber("total").longValue(), figures.toString());
        Map<String, Long> categories = counts(figures, "byCategory");
        assertEquals(2L, categories.get("klotter"));
        assertEquals(1L, categories.get("belysning"));
        assertEquals(1L, categories.get("otrygg-plats"));
        assertEquals(0L, categories.get("nedskrapning"));
        assertEquals(4L, counts(figures, "byStatus").get("NY"));
        assertEquals(3L, counts(figures, "byDepartment").get(DEPARTMENT_GATA_PARK));
        Map<String, Long> districts = counts(figures, "byDistrict");
        assertEquals(2L, districts.get("bergshamra"));
        assertEquals(1L, districts.get("huvudsta"));
        assertEquals(1L, districts.get(""), "the report without a position has no district");
        assertEquals(0L, districts.get("rasunda"));
        assertEquals(1, figures.getJsonNumber("withoutPosition").longValue());
        assertEquals("WEEK", figures.getString("period"));
        assertEquals(4L, counts(figures, "overTime").values().stream().mapToLong(Long::longValue).sum());
        assertEquals(2, cell(figures, "KVALL", 4), "Friday evening: both klotter reports");
        assertEquals(1, cell(figures, "KVALL", 5), "Saturday evening");
        assertEquals(1, cell(figures, "NATT", 6), "Sunday night");
        assertEquals(0, cell(figures, "MORGON", 0));
        assertEquals(1, figures.getJsonNumber("withoutTimes").longValue());
        assertTrue(figures.getBoolean("approximateDistricts"));
        JsonObject densest = figures.getJsonArray("densest").getJsonObject(0);
        assertEquals(2, densest.getInt("count"), densest.toString());
        assertEquals("Bergshamra", densest.getString("district"));

        JsonObject bergshamra = lagesbild(period + "&district=bergshamra&" + only(reports));
        assertEquals(2, bergshamra.getJsonNumber("total").longValue());
        assertEquals(2L, counts(bergshamra, "byCategory").get("klotter"));
        assertEquals(0L, counts(bergshamra, "byCategory").get("belysning"));
        assertEquals(0, lagesbild(period + "&status=AVSLUTAD&" + only(reports)).getJsonNumber("total").longValue());
        assertEquals(1, lagesbild(period + "&department=" + URLEncoder.encode("Kommunledningsförvaltningen, trygghet "
                + "och säkerhet", StandardCharsets.UTF_8) + "&" + only(reports)).getJsonNumber("total").longValue());
        assertEquals(0, lagesbild("from=2020-01-01&to=2020-12-31&" + only(reports)).getJsonNumber("total").longValue(),
                "a range in the past holds none of today's reports");
    }

    @Test
    void exportsHoldTheFilteredReportsButNoContactDetailsTokensOrDescriptions() {
        List<Submitted> reports = fourReports();
        String query = "from=" + today() + "&to=" + today() + "&" + only(reports);

        HttpResponse<String> csv = staff.get("/api/staff/reports/export.csv?" + query);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("attachment"));
        String text = csv.body();
        assertTrue(text.startsWith("\uFEFFReferens;Kategori;Kategorinamn;Status;Förvaltning;Stadsdel;"), text);
        assertEquals(6, text.split("\r\n", -1).length, "header, four reports, and the end: " + text);
        String klotter = text.lines().filter(line -> line.startsWith(reports.get(1).reference())).findFirst().orElseThrow();
        assertTrue(klotter.contains(";klotter;Klotter;NY;\"" + DEPARTMENT_GATA_PARK + "\";bergshamra;Bergshamra;"), klotter);
        assertTrue(klotter.contains(";\"Gångbron; \"\"norra\"\" sidan\";59.381;18.037;0"), klotter);

        HttpResponse<String> geo = staff.get("/api/staff/reports/export.geojson?" + query);
        assertEquals(200, geo.statusCode(), geo.body());
        assertTrue(geo.headers().firstValue("Content-Type").orElseThrow().startsWith("application/geo+json"));
        JsonObject collection = ApiClient.json(geo);
        assertEquals("FeatureCollection", collection.getString("type"));
        JsonArray features = collection.getJsonArray("features");
        assertEquals(4, features.size());
        JsonObject first = features.stream().map(JsonObject.class::cast)
                .filter(f -> f.getJsonObject("properties").getString("reference").equals(reports.get(0).reference()))
                .findFirst().orElseThrow();
        assertEquals(18.0363, first.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(0).doubleValue());
        assertEquals(59.3806, first.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(1).doubleValue());
        assertEquals("bergshamra", first.getJsonObject("properties").getString("district"));
        assertEquals(DEPARTMENT_GATA_PARK, first.getJsonObject("properties").getString("department"));
        assertTrue(features.stream().map(JsonObject.class::cast).anyMatch(f -> f.isNull("geometry")),
                "the report without a position is there, without a geometry");

        for (Submitted report : reports) {
            for (String body : List.of(text, geo.body())) {
                assertFalse(body.contains(report.token()), "no tracking token");
                assertFalse(body.contains(report.secret()), "no description");
                if (report.email() != null) {
                    assertFalse(body.contains(report.email()), "no e-mail: " + body);
                    assertFalse(body.contains(report.phone()), "no phone: " + body);
                }
            }
            assertTrue(text.contains(report.reference()));
        }
        assertFalse(text.contains("@") || geo.body().contains("@"), "nothing that looks like an e-mail address");

        assertEquals(200, staff.get("/staff/lagesbild.xhtml?fran=" + today() + "&stadsdel=bergshamra").statusCode());
        String page = staff.get("/staff/lagesbild.xhtml?fran=" + today() + "&till=" + today()).body();
        assertTrue(page.contains("/api/staff/reports/export.csv?from=" + today()), "the page links the export");
        assertTrue(page.contains("ungefärliga"), "the page says the districts are approximate");
    }

    @Test
    void aReportAssignedToAnotherForvaltningCountsThereInTheFiguresTheFilterTheExportsAndTheChoices() {
        String elsewhere = TestServer.uniqueName("Miljoforvaltningen");
        List<Submitted> reports = List.of(
                submit("belysning", "Hagalunds torg", 59.3590, 18.0080, List.of("KVALL"), List.of("MONDAY"), false),
                submit("belysning", "Hagalunds park", 59.3595, 18.0085, List.of("KVALL"), List.of("MONDAY"), false));
        Submitted moved = reports.get(0);
        Submitted stayed = reports.get(1);
        JsonObject handling = ReportAdminIT.handlingOf(staff, moved.reference());
        HttpResponse<String> assigned = staff.postJson("/api/staff/report-handling/"
                + handling.getJsonNumber("id").longValue() + "/assign", "{\"department\":\"" + elsewhere
                + "\",\"version\":" + handling.getJsonNumber("version").longValue() + "}");
        assertEquals(200, assigned.statusCode(), assigned.body());

        String period = "from=" + today() + "&to=" + today() + "&" + only(reports);
        String toElsewhere = "&department=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8);
        String toGataPark = "&department=" + URLEncoder.encode(DEPARTMENT_GATA_PARK, StandardCharsets.UTF_8);
        assertEquals(Map.of(DEPARTMENT_GATA_PARK, 1L, elsewhere, 1L), counts(lagesbild(period), "byDepartment"),
                "the assigned report counts under its new förvaltning, the other under its category's");
        JsonObject atElsewhere = lagesbild(period + toElsewhere);
        assertEquals(1, atElsewhere.getJsonNumber("total").longValue(), atElsewhere.toString());
        assertEquals(Map.of(elsewhere, 1L), counts(atElsewhere, "byDepartment"));
        JsonObject atGataPark = lagesbild(period + toGataPark);
        assertEquals(1, atGataPark.getJsonNumber("total").longValue(), atGataPark.toString());
        assertEquals(Map.of(DEPARTMENT_GATA_PARK, 1L), counts(atGataPark, "byDepartment"));

        String csvElsewhere = staff.get("/api/staff/reports/export.csv?" + period + toElsewhere).body();
        assertTrue(csvElsewhere.contains(moved.reference() + ";belysning;Belysning;NY;" + elsewhere + ";"), csvElsewhere);
        assertFalse(csvElsewhere.contains(stayed.reference()), csvElsewhere);
        String csvGataPark = staff.get("/api/staff/reports/export.csv?" + period + toGataPark).body();
        assertTrue(csvGataPark.contains(stayed.reference()), csvGataPark);
        assertFalse(csvGataPark.contains(moved.reference()), "not under its category's förvaltning: " + csvGataPark);
        JsonArray features = ApiClient.json(staff.get("/api/staff/reports/export.geojson?" + period + toElsewhere))
                .getJsonArray("features");
        assertEquals(1, features.size(), features.toString());
        assertEquals(moved.reference(), features.getJsonObject(0).getJsonObject("properties").getString("reference"));
        assertEquals(elsewhere, features.getJsonObject(0).getJsonObject("properties").getString("department"));

        String page = staff.get("/staff/lagesbild.xhtml?fran=" + today() + "&till=" + today()).body();
        assertTrue(page.contains("<option value=\"" + elsewhere + "\">"), "the förvaltning is a choice on the page");
        assertTrue(staff.get("/staff/lagesbild.xhtml?fran=" + today() + "&till=" + today() + "&forvaltning=" + elsewhere)
                .body().contains("<option value=\"" + elsewhere + "\" selected=\"selected\">"));
    }

    @Test
    void badFiltersAreRefusedWithAProblem() {
        ApiIT.assertProblem(staff.get("/api/staff/lagesbild?from=igår"), 400);
        ApiIT.assertProblem(staff.get("/api/staff/lagesbild?from=2026-05-01&to=2026-04-01"), 400);
        ApiIT.assertProblem(staff.get("/api/staff/reports/export.csv?status=KLAR"), 400);
        assertEquals(404, staff.get("/api/staff/reports/export.xlsx").statusCode());
        String page = staff.get("/staff/lagesbild.xhtml?fran=igår").body();
        assertTrue(page.matches("(?s).*<span id=\"filter-from-error\" class=\"field-error\">[^<]*2026-01-31.*"),
                "the page says what is wrong at the field: " + page);
    }

    @Test
    void onlyStaffGetTheLagesbildAndTheExports() {
        for (String path : List.of("/api/staff/lagesbild", "/api/staff/reports/export.csv",
                "/api/staff/reports/export.geojson")) {
            HttpResponse<String> anonymous = new ApiClient().get(path);
            assertEquals(401, anonymous.statusCode(), path + ": " + anonymous.body());
            assertEquals(403, remissHandler.get(path).statusCode(), path);
        }
        HttpResponse<String> anonymousPage = new ApiClient().get("/staff/lagesbild.xhtml");
        assertNotEquals(200, anonymousPage.statusCode());
        assertEquals(403, remissHandler.get("/staff/lagesbild.xhtml").statusCode());
        assertFalse(remissHandler.get("/staff/index.xhtml").body().contains("lagesbild.xhtml"),
                "remiss handlers are not shown the link");
        assertTrue(staff.get("/staff/index.xhtml").body().contains("/staff/lagesbild.xhtml"));
        assertTrue(staff.get("/staff/rapporter.xhtml").body().contains("/staff/lagesbild.xhtml"));
    }
}

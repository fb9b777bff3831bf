package se.tryggstad.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Accounts, organisations and activities for the leisure tests, made through the admin and staff APIs. */
final class LeisureData {

    static final String PASSWORD = TestAccounts.PASSWORD;

    private LeisureData() {
    }

    static ApiClient admin() {
        return TestAccounts.admin();
    }

    /** A new account with this role; returns its username. */
    static String account(String prefix, String role) {
        return TestAccounts.create(prefix, role);
    }

    /** A new förening with a valid, unused organisation number, with this partner account as member. */
    static long organisationWith(String partnerUsername) {
        String name = TestServer.uniqueName("Förening");
        HttpResponse<String> created = admin().postJson("/api/admin/organisations", Json.createObjectBuilder()
                .add("name", name).add("organisationNumber", randomOrganisationNumber()).add("kind", "FORENING")
                .build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = ApiClient.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> attached = admin().putJson("/api/admin/organisations/" + id + "/members",
                "{\"username\":\"" + partnerUsername + "\"}");
        assertEquals(204, attached.statusCode(), attached.body());
        return id;
    }

    static ApiClient signedIn(String username) {
        return TestAccounts.signedIn(username);
    }

    /** Ten digits, third at least 2, Luhn check digit last. */
    static String randomOrganisationNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String nine = "80" + (2 + random.nextInt(8)) + String.format("%06d", random.nextInt(1_000_000));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int value = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += value / 10 + value % 10;
        }
        String digits = nine + (10 - sum % 10) % 10;
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** A valid weekly activity (Mondays and Thursdays 16–18, from last week for half a year) as JSON. */
    static JsonObject weekly(String title, boolean free, int ageFrom, int ageTo) {
        LocalDate today = LocalDate.now();
        return Json.createObjectBuilder()
                .add("titleSv", title).add("descriptionSv", "Vi spelar och tränar tillsammans, alla är välkomna.")
                .add("titleEn", title + " (en)").add("descriptionEn", "We play and train together, everyone welcome.")
                .add("category", "IDROTT").add("ageFrom", ageFrom).add("ageTo", ageTo).add("free", free)
                .add("cost", free ? "" : "100 kr per termin")
                .add("area", "RASUNDA").add("placeName", "Råsunda IP").add("latitude", 59.3635).add("longitude", 18.001)
                .add("scheduleKind", "WEEKLY").add("weekdays", Json.createArrayBuilder().add("MONDAY").add("THURSDAY"))
                .add("startTime", "16:00").add("endTime", "18:00")
                .add("validFrom", today.minusDays(7).toString()).add("validTo", today.plusMonths(6).toString())
                .add("contact", "kansli@forening.example").add("accessibility", "Entré utan trappsteg.")
                .add("dropIn", true).build();
    }

    /** A valid sportlov activity on two dated mornings next month, costing 20 kr, as JSON. */
    static JsonObject holiday(String title) {
        LocalDate day = LocalDate.now().plusDays(10);
        return Json.createObjectBuilder()
                .add("titleSv", title).add("descriptionSv", "Pyssel och sagor för barn under lovet.")
                .add("category", "LOVAKTIVITET").add("ageFrom", 6).add("ageTo", 10).add("free", false)
                .add("cost", "20 kr per dag")
                .add("area", "HUVUDSTA").add("placeName", "Huvudsta bibliotek").add("latitude", 59.349).add("longitude", 17.985)
                .add("scheduleKind", "DATES").add("dates", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("date", day.toString()).add("start", "10:00").add("end", "12:00"))
                        .add(Json.createObjectBuilder().add("date", day.plusDays(1).toString()).add("start", "10:00").add("end", "12:00")))
                .add("holiday", "SPORTLOV")
                .add("contact", "08-746 10 00").add("signUpUrl", "https://www.solna.se/lov").add("dropIn", false).build();
    }
}

package se.tryggstad.portal.it;

import jakarta.json.JsonObject;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on problem+json answers. */
final class JsonAssert {

    private JsonAssert() {
    }

    /** The problem names at least these fields among its errors. */
    static void fields(JsonObject problem, String... expected) {
        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
        assertTrue(fields.containsAll(List.of(expected)), fields + " should contain " + List.of(expected));
    }
}

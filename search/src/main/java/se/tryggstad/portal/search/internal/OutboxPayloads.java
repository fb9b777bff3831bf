package se.tryggstad.portal.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.GeoPoint;
import se.tryggstad.portal.search.api.IndexDocument;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of an {@link IndexDocument} in the outbox:
 * {@code {"uid":…, "type":…, "title":…, "body":…, "language":…, "audiences":[{"value":…}], "tags":[…],
 * "facets":{…}, "geo":{"latitude":…, "longitude":…}, "url":…, "updated":"<ISO instant>", "version":…}},
 * {@code geo} left out when there is none.
 *
 * <p>Written and read with JSON-P rather than JSON-B: every submitted report is written once and read
 * once, and JSON-B's reflection over the record took about a twentieth of the server's CPU (ADR 0014).
 * The form is the one JSON-B wrote, so rows queued before are read the same.
 */
@ApplicationScoped
public class OutboxPayloads {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());
    private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());

    String write(IndexDocument document) {
        StringWriter out = new StringWriter(256 + document.body().length());
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject()
                    .write("uid", document.uid())
                    .write("type", document.type())
                    .write("title", document.title())
                    .write("body", document.body())
                    .write("language", document.language());
            json.writeStartArray("audiences");
            for (Audience audience : document.audiences()) {
                json.writeStartObject().write("value", audience.value()).writeEnd();
            }
            json.writeEnd().writeStartArray("tags");
            for (String tag : document.tags()) {
                json.write(tag);
            }
            json.writeEnd().writeStartObject("facets");
            for (Map.Entry<String, String> facet : document.facets().entrySet()) {
                json.write(facet.getKey(), facet.getValue());
            }
            json.writeEnd();
            if (document.geo() != null) {
                json.writeStartObject("geo")
                        .write("latitude", document.geo().latitude())
                        .write("longitude", document.geo().longitude())
                        .writeEnd();
            }
            json.write("url", document.url())
                    .write("updated", document.updated().toString())
                    .write("version", document.version())
                    .writeEnd();
        }
        return out.toString();
    }

    /**
     * @throws RuntimeException if the payload is no such document (the poller then retries and parks
     *                          the row, where administrators see it)
     */
    IndexDocument read(String payload) {
        JsonObject json;
        try (JsonReader reader = READERS.createReader(new StringReader(payload))) {
            json = reader.readObject();
        }
        Set<Audience> audiences = new LinkedHashSet<>();
        for (JsonValue audience : json.getJsonArray("audiences")) {
            audiences.add(Audience.of(audience.asJsonObject().getString("value")));
        }
        List<String> tags = json.containsKey("tags")
                ? json.getJsonArray("tags").getValuesAs(JsonString::getString) : List.of();
        Map<String, String> facets = new LinkedHashMap<>();
        if (json.containsKey("facets")) {
            json.getJsonObject("facets").forEach((name, value) -> facets.put(name, ((JsonString) value).getString()));
        }
        GeoPoint geo = null;
        if (json.get("geo") instanceof JsonObject point) {
            geo = new GeoPoint(point.getJsonNumber("latitude").doubleValue(),
                    point.getJsonNumber("longitude").doubleValue());
        }
        JsonNumber version = json.getJsonNumber("version");
        return new IndexDocument(json.getString("uid"), json.getString("type"), json.getString("title"),
                json.getString("body", ""), json.getString("language"), audiences, tags, facets, geo,
                json.getString("url"), Instant.parse(json.getString("updated")),
                version == null ? 0 : version.longValueExact());
    }
}

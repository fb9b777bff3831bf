package se.tryggstad.portal.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.GeoPoint;
import se.tryggstad.portal.search.api.IndexDocument;

class OutboxPayloadsTest {

    private final OutboxPayloads payloads = new OutboxPayloads();

    @Test
    void aDocumentReadsBackAsWritten() {
        IndexDocument document = new IndexDocument("report:7", "report", "Belysning – \"Råsunda\" torg",
                "Lampan är släckt\nsedan i fredags \\ 100 %", "sv", Set.of(Audience.PUBLIC, Audience.forum(3)),
                List.of("Belysning", "trygghetsrapport", "TR-2026-000007"), Map.of("category", "belysning", "status", "NEW"),
                new GeoPoint(59.3612345678, 18.0012345678), "/rapporter.xhtml?referens=TR-2026-000007",
                Instant.parse("2026-11-26T19:30:01.123456Z"), 4);

        assertEquals(document, payloads.read(payloads.write(document)));
    }

    @Test
    void aDocumentWithoutAPlaceHasNoGeo() {
        IndexDocument document = new IndexDocument("support:1", "support", "Brottsofferjouren", "", "en",
                Set.of(Audience.STAFF), List.of(), Map.of(), null, "/stod/1", Instant.parse("2026-01-01T00:00:00Z"), 0);

        String payload = payloads.write(document);

        assertFalse(payload.contains("geo"), payload);
        assertEquals(document, payloads.read(payload));
    }

    @Test
    void rowsQueuedInTheFormJsonBWroteAreReadTheSame() {
        String writtenByJsonB = "{\"audiences\":[{\"value\":\"PUBLIC\"}],\"body\":\"Bänken är trasig\","
                + "\"facets\":{\"category\":\"skadegorelse\",\"status\":\"NEW\"},\"geo\":{\"latitude\":59.37,"
                + "\"longitude\":18.0},\"language\":\"sv\",\"tags\":[\"Skadegörelse\"],\"title\":\"Skadegörelse – Råsundavägen\","
                + "\"type\":\"report\",\"uid\":\"report:12\",\"updated\":\"2026-11-26T18:00:00.5Z\","
                + "\"url\":\"/rapporter.xhtml?referens=TR-2026-000012\",\"version\":1}";

        assertEquals(new IndexDocument("report:12", "report", "Skadegörelse – Råsundavägen", "Bänken är trasig", "sv",
                Set.of(Audience.PUBLIC), List.of("Skadegörelse"), Map.of("category", "skadegorelse", "status", "NEW"),
                new GeoPoint(59.37, 18.0), "/rapporter.xhtml?referens=TR-2026-000012",
                Instant.parse("2026-11-26T18:00:00.5Z"), 1), payloads.read(writtenByJsonB));
    }

    @Test
    void aPayloadThatIsNoDocumentIsRefused() {
        assertThrows(RuntimeException.class, () -> payloads.read("{\"uid\":\"report:1\"}"));
        assertThrows(RuntimeException.class, () -> payloads.read("not json"));
    }
}

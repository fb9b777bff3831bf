package se.tryggstad.portal.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.GeoPoint;
import se.tryggstad.portal.search.api.IndexDocument;

class DocumentMapperTest {

    private static final IndexDocument REPORT = new IndexDocument("report:1041", "report",
            "Trasig belysning vid torget", "Tre lyktstolpar är släckta.", "sv",
            Set.of(Audience.PUBLIC, Audience.forum(7)), List.of("belysning", "torg"), Map.of("category", "belysning"),
            new GeoPoint(59.36, 18.0), "/rapporter/1041", Instant.parse("2025-03-01T10:00:00Z"), 4);

    private final DocumentMapper mapper = new DocumentMapper();

    @Test
    void textGoesToTheFieldsOfItsLanguage() {
        Document document = mapper.toDocument(REPORT);

        assertNotNull(document.getField("title_sv"));
        assertNotNull(document.getField("body_sv"));
        assertEquals(2, document.getFields("tags_sv").length);
        assertNull(document.getField("title_en"));
        assertNull(document.getField("body_en"));
    }

    @Test
    void storesWhatAHitShowsAndNothingElse() {
        Set<String> stored = new TreeSet<>();
        for (IndexableField field : mapper.toDocument(REPORT)) {
            if (field.fieldType().stored()) {
                stored.add(field.name());
            }
        }

        assertEquals(new TreeSet<>(List.of("uid", "type", "language", "title", "body_sv", "url", "updated", "version")), stored);
    }

    @Test
    void theBodyKeepsOffsetsForTheHighlighter() {
        IndexableField body = mapper.toDocument(REPORT).getField("body_sv");

        assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, body.fieldType().indexOptions());
        assertEquals("Tre lyktstolpar är släckta.", body.stringValue());
    }

    @Test
    void everyAudienceIsAFilterTermAndGetsItsOwnSuggestionFields() {
        Document document = mapper.toDocument(REPORT);

        assertEquals(Set.of("PUBLIC", "FORUM:7"), Set.of(document.getValues("audience")));
        assertNotNull(document.getField("spelling.PUBLIC"));
        assertNotNull(document.getField("spelling.FORUM:7"));
        assertNotNull(document.getField("completion.FORUM:7"));
        assertNull(document.getField("spelling.STAFF"));
    }

    @Test
    void typeAndVersionHaveDocValuesForCountingAndTheVersionGuard() {
        Document document = mapper.toDocument(REPORT);

        assertTrue(List.of(document.getFields("type")).stream()
                .anyMatch(field -> field.fieldType().docValuesType() == DocValuesType.SORTED));
        assertTrue(List.of(document.getFields("version")).stream()
                .anyMatch(field -> field.fieldType().docValuesType() == DocValuesType.NUMERIC));
        assertEquals(4L, document.getField("version").numericValue().longValue());
    }

    @Test
    void facetsAreFilterTerms() {
        assertEquals("belysning", mapper.toDocument(REPORT).get("facet.category"));
    }

    @Test
    void aTombstoneKeepsOnlyTheUidAndVersion() {
        Document tombstone = mapper.tombstone("report:1041", 9);

        assertEquals("report:1041", tombstone.get("uid"));
        assertEquals(9L, tombstone.getField("version").numericValue().longValue());
        assertNull(tombstone.get("audience"), "no query may ever find it");
        assertNull(tombstone.getField("type"));
    }

    @Test
    void anUnknownTypeIsRefused() {
        IndexDocument news = new IndexDocument("news:1", "news", "Nyhet", "", "sv", Set.of(Audience.PUBLIC),
                List.of(), Map.of(), null, "/nyheter/1", Instant.now(), 1);

        assertThrows(IllegalArgumentException.class, () -> mapper.toDocument(news));
    }
}

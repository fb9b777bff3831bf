package se.tryggstad.portal.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.search.lucene.TestDocuments.ANALYZERS;
import static se.tryggstad.portal.search.lucene.TestDocuments.search;
import static se.tryggstad.portal.search.lucene.TestDocuments.swedish;
import static se.tryggstad.portal.search.lucene.TestDocuments.uids;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchResult;
import se.tryggstad.portal.search.api.Viewer;

class PortalQueryBuilderTest {

    private static LuceneIndex index;

    @BeforeAll
    static void index() {
        index = TestDocuments.indexOf(
                swedish("support:1", DocumentType.SUPPORT, "Brottsofferjouren", "Vi ger stöd till brottsoffer och vittnen."),
                swedish("support:2", DocumentType.SUPPORT, "Stöd i vardagen", "Hjälp med ekonomi. Du som blivit utsatt "
                        + "för brott kan få stöd. Ett offer för bedrägeri kan också få råd."),
                swedish("forum:1", DocumentType.FORUM, "Trygghetsvandring i Hagalund", "Vi går genom området."),
                swedish("activity:1", DocumentType.ACTIVITY, "Fritidsgården", "Öppet för unga."),
                swedish("support:3", DocumentType.SUPPORT, "Intern rutin", "Stöd till brottsoffer, internt.",
                        Audience.STAFF));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void aCompoundFindsItsPartsWrittenAsNeighbouringWords() throws IOException {
        assertEquals("support:1", uids(search(index, "brottsofferstöd", Viewer.anonymous())).get(0));
    }

    @Test
    void theCompoundPartsAreLeftOutOnlyForACompoundThatEnoughVisiblePagesContain() throws IOException {
        List<IndexDocument> documents = new ArrayList<>();
        for (int i = 0; i < PortalQueryBuilder.COMMON_WORD_DOCUMENTS; i++) {
            documents.add(swedish("activity:" + i, DocumentType.ACTIVITY, "Kväll " + i, "Fritidsgården har öppet.",
                    i == 0 ? Audience.PUBLIC : Audience.STAFF));
        }
        try (LuceneIndex many = TestDocuments.indexOf(documents.toArray(IndexDocument[]::new))) {
            PortalQueryBuilder builder = new PortalQueryBuilder(ANALYZERS);
            String forStaff = many.withSearcher(searcher ->
                    builder.build("fritidsgård", Set.of(), Viewer.staff(), searcher).text().toString());
            String forAnyone = many.withSearcher(searcher ->
                    builder.build("fritidsgård", Set.of(), Viewer.anonymous(), searcher).text().toString());

            assertFalse(forStaff.contains("\"fritid gard\""), forStaff);
            assertTrue(forAnyone.contains("\"fritid gard\""), "hidden pages do not make a word common: " + forAnyone);
        }
    }

    @Test
    void aQuotedPhraseMustOccurAsWritten() throws IOException {
        assertEquals(List.of("support:1"), uids(search(index, "\"stöd till brottsoffer\"", Viewer.anonymous())));
        assertEquals(List.of("support:1"), uids(search(index, "\u201dstöd till brottsoffer\u201d", Viewer.anonymous())),
                "a phone's typographic quotes count as quotes");
        assertTrue(uids(search(index, "\"offer stöd\"", Viewer.anonymous())).isEmpty());
    }

    @Test
    void theLastWordCountsAsAPrefix() throws IOException {
        assertEquals(List.of("forum:1"), uids(search(index, "tryggh", Viewer.anonymous())));
    }

    @Test
    void aMisspelledWordFindsTheWordItMeant() throws IOException {
        assertEquals("support:1", uids(search(index, "brottsofer", Viewer.anonymous())).get(0));
        assertEquals("activity:1", uids(search(index, "fritidsgarden", Viewer.anonymous())).get(0));
    }

    @Test
    void fuzzyMatchingIsOnlyForWordsNoVisibleDocumentContains() throws IOException {
        PortalQueryBuilder builder = new PortalQueryBuilder(ANALYZERS);

        Query known = index.withSearcher(searcher -> builder.build("vittnen", Set.of(), Viewer.anonymous(), searcher)).text();
        Query unknown = index.withSearcher(searcher -> builder.build("vitnen", Set.of(), Viewer.anonymous(), searcher)).text();

        assertFalse(known.toString().contains("~"), known.toString());
        assertTrue(unknown.toString().contains("~"), unknown.toString());
    }

    @Test
    void theAudienceFilterIsAlwaysThere() {
        PortalQuery query = new PortalQueryBuilder(ANALYZERS).buildLean("stöd", Set.of(), Viewer.anonymous());

        assertTrue(query.forHits().toString().contains("#audience:(PUBLIC)"), query.forHits().toString());
        assertTrue(query.hitFilter().toString().contains("#audience:(PUBLIC)"), query.hitFilter().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*:(\"", "+ - && || ! { } [ ] ^ ~ ? \\ /", "\"", "\"\"", "\"stöd", "title:stöd AND body:*",
            "stöd~2^3", "(((", "\\\\", "*", "?", "🙂 🚲", "   ", "NOT", "och att som", "\"och\"", "a", "\u0000"})
    void luceneSyntaxIsPlainText(String text) throws IOException {
        SearchResult result = search(index, text, Viewer.anonymous());

        assertTrue(result.total() >= 0);
    }

    @Test
    void aThousandCharacterQueryIsAnsweredQuickly() {
        String words = "brottsofferstöd fritidsgård trygghetsvandring belysning klotter nedskräpning ungdomsgård "
                + "kvinnojour våld hedersrelaterat avhoppare skyddat boende (lämna*) [gäng] ~föräldrastöd ";
        String text = words.repeat(20).substring(0, SearchQuery.MAX_TEXT_LENGTH);

        SearchResult result = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> search(index, text, Viewer.anonymous()));

        assertFalse(result.hits().isEmpty());
    }

    @Test
    void aLeanQueryStillFindsTheFirstWords() throws IOException {
        PortalQuery lean = new PortalQueryBuilder(ANALYZERS).buildLean("fritidsgården " + "trygghet ".repeat(100),
                Set.of(), Viewer.anonymous());

        assertEquals(4, lean.parsed().words().size());
        assertTrue(index.withSearcher(searcher -> searcher.count(lean.forHits())) > 0);
    }
}

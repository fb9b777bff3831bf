package se.tryggstad.portal.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.search.lucene.TestDocuments.ANALYZERS;
import static se.tryggstad.portal.search.lucene.TestDocuments.search;
import static se.tryggstad.portal.search.lucene.TestDocuments.swedish;
import static se.tryggstad.portal.search.lucene.TestDocuments.uids;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.search.api.SearchHit;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchResult;
import se.tryggstad.portal.search.api.Viewer;

class IndexSearchingTest {

    private static final Viewer ANONYMOUS = Viewer.anonymous();
    private static final Viewer FORUM_MEMBER = new Viewer(Set.of(Audience.forum(1)));

    private LuceneIndex index;
    private final IndexSearching searching = new IndexSearching(ANALYZERS);

    @BeforeEach
    void index() {
        index = TestDocuments.indexOf(
                swedish("support:1", DocumentType.SUPPORT, "Brottsofferjouren", "Stöd efter brott, för brottsoffer och vittnen."),
                swedish("support:2", DocumentType.SUPPORT, "Föräldrastöd", "Stöd till föräldrar med tonåringar."),
                swedish("activity:1", DocumentType.ACTIVITY, "Fritidsgården Hagalund", "Stöd med läxor och pingis på kvällarna."),
                swedish("report:1", DocumentType.REPORT, "Trasig belysning vid torget", "Tre lyktstolpar är släckta."),
                swedish("support:9", DocumentType.SUPPORT, "Skyddsbedömning enligt Frideborgsmodellen",
                        "Intern rutin för stöd: riskbedömning med Frideborgsmodellen inom tre dagar.", Audience.STAFF),
                swedish("forum:9", DocumentType.FORUM, "Handlingsplan med ordningsvaktsavtal",
                        "Stöd från centrumägaren: ordningsvaktsavtal för fredagar.", Audience.forum(1)));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void anAnonymousViewerNeverSeesStaffOrForumDocuments() throws IOException {
        SearchResult result = search(index, "stöd", ANONYMOUS);

        assertEquals(Set.of("support:1", "support:2", "activity:1"), Set.copyOf(uids(result)));
        assertEquals(3, result.total());
        assertEquals(Map.of(DocumentType.SUPPORT, 2L, DocumentType.ACTIVITY, 1L), result.typeCounts(),
                "hidden documents are not counted either");
        assertEquals(0, search(index, "Frideborgsmodellen", ANONYMOUS).total());
        assertEquals(Map.of(), search(index, "Frideborgsmodellen", ANONYMOUS).typeCounts());
    }

    @Test
    void hiddenDocumentsThatWouldRankFirstNeitherTakeThePlacesNorCount() throws IOException {
        List<IndexDocument> documents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            documents.add(swedish("support:staff-" + i, DocumentType.SUPPORT, "Klotter klotter klotter",
                    "Klotter vid klottrad vägg, intern bedömning " + i + ".", Audience.STAFF));
        }
        for (int i = 0; i < 3; i++) {
            documents.add(swedish("report:public-" + i, DocumentType.REPORT, "Rapport " + i,
                    "Lite klotter på en skylt, och mycket annat som står här " + i + "."));
        }
        try (LuceneIndex many = TestDocuments.indexOf(documents.toArray(IndexDocument[]::new))) {
            SearchResult anonymous = search(many, new SearchQuery("klotter", Set.of(), 0, 2, ANONYMOUS));
            SearchResult staff = search(many, new SearchQuery("klotter", Set.of(), 0, 2, Viewer.staff()));

            assertEquals(3, anonymous.total());
            assertEquals(2, anonymous.hits().size());
            assertTrue(uids(anonymous).stream().allMatch(uid -> uid.startsWith("report:public-")), uids(anonymous).toString());
            assertEquals(Map.of(DocumentType.REPORT, 3L), anonymous.typeCounts());
            assertEquals(43, staff.total());
            assertTrue(uids(staff).stream().allMatch(uid -> uid.startsWith("support:staff-")), uids(staff).toString());
        }
    }

    @Test
    void aViewerSeesTheDocumentsOfTheirAudiences() throws IOException {
        assertEquals(List.of("support:9"), uids(search(index, "Frideborgsmodellen", Viewer.staff())));
        assertEquals(List.of("forum:9"), uids(search(index, "ordningsvaktsavtal", FORUM_MEMBER)));
        assertEquals(0, search(index, "ordningsvaktsavtal", Viewer.staff()).total());
    }

    @Test
    void theTypeFilterNarrowsTheHitsButNotTheCounts() throws IOException {
        SearchResult result = search(index, new SearchQuery("stöd", Set.of(DocumentType.ACTIVITY), 0, 10, ANONYMOUS));

        assertEquals(List.of("activity:1"), uids(result));
        assertEquals(1, result.total());
        assertEquals(Map.of(DocumentType.SUPPORT, 2L, DocumentType.ACTIVITY, 1L), result.typeCounts());
    }

    @Test
    void pagesFollowEachOther() throws IOException {
        SearchResult first = search(index, new SearchQuery("stöd", Set.of(), 0, 2, ANONYMOUS));
        SearchResult second = search(index, new SearchQuery("stöd", Set.of(), 1, 2, ANONYMOUS));

        assertEquals(2, first.hits().size());
        assertEquals(1, second.hits().size());
        assertEquals(3, second.total());
        assertFalse(uids(first).contains(uids(second).get(0)));
        assertTrue(search(index, new SearchQuery("stöd", Set.of(), 5, 2, ANONYMOUS)).hits().isEmpty());
    }

    @Test
    void anEmptySearchListsWhatTheViewerMaySee() throws IOException {
        SearchResult result = search(index, "", ANONYMOUS);

        assertEquals(4, result.total());
        assertEquals(Optional.empty(), result.suggestion());
    }

    @Test
    void snippetsMarkTheMatchedWordsAndEscapeHtml() throws IOException {
        index.apply(List.of(IndexChange.upsert(swedish("report:2", DocumentType.REPORT, "Klotter i tunneln",
                "Någon har skrivit <script>alert('hej')</script> & mycket klotter på väggen."))));

        SearchHit hit = search(index, "klotter", ANONYMOUS).hits().get(0);

        assertTrue(hit.snippet().contains("<mark>klotter</mark>"), hit.snippet());
        assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
        assertFalse(hit.snippet().contains("<script>"), hit.snippet());
        assertTrue(hit.snippet().contains("&amp;"), hit.snippet());
    }

    @Test
    void aHitMatchedOnlyInItsTitleShowsTheStartOfItsBody() throws IOException {
        SearchHit hit = search(index, "hagalund", ANONYMOUS).hits().get(0);

        assertEquals("Stöd med läxor och pingis på kvällarna.", hit.snippet());
    }

    @Test
    void aHitCarriesWhatThePageShows() throws IOException {
        SearchHit hit = search(index, "belysning torget", ANONYMOUS).hits().get(0);

        assertEquals("report:1", hit.uid());
        assertEquals(DocumentType.REPORT, hit.type());
        assertEquals("Trasig belysning vid torget", hit.title());
        assertEquals("/report/1", hit.url());
        assertEquals(TestDocuments.UPDATED.plusSeconds(1), hit.updated());
        assertTrue(hit.score() > 0);
    }

    @Test
    void fewHitsBringASpellingSuggestion() throws IOException {
        assertEquals(Optional.of("trasig belysning"), search(index, "trasig belysnng", ANONYMOUS).suggestion());
        assertEquals(Optional.empty(), search(index, "stöd", ANONYMOUS).suggestion());
    }

    @Test
    void suggestionsNeverOfferWordsFromHiddenDocuments() throws IOException {
        assertEquals(Optional.empty(), search(index, "Frideborgsmodelen", ANONYMOUS).suggestion());
        assertEquals(Optional.of("frideborgsmodellen"), search(index, "Frideborgsmodelen", Viewer.staff()).suggestion());
        assertEquals(Optional.empty(), search(index, "ordningsvaktsavtl", Viewer.staff()).suggestion());
    }

    @Test
    void completionsComeFromVisibleDocumentsOnly() throws IOException {
        assertEquals(List.of(), suggest("fridebo", ANONYMOUS));
        assertEquals(List.of("frideborgsmodellen"), suggest("fridebo", Viewer.staff()));
        assertEquals(List.of(), suggest("skyddsb", ANONYMOUS), "not even a hidden title");
        assertEquals(List.of("Skyddsbedömning enligt Frideborgsmodellen"), suggest("skyddsbedömning e", Viewer.staff()));
    }

    @Test
    void completionsCompleteTheLastWordAndFindTitles() throws IOException {
        assertEquals(List.of("trasig belysning", "Trasig belysning vid torget"), suggest("trasig belys", ANONYMOUS));
        assertEquals(List.of("fritidsgården", "Fritidsgården Hagalund"), suggest("fritidsga", ANONYMOUS),
                "typed without å");
        assertEquals(List.of("Trasig belysning vid torget"), suggest("trasig ", ANONYMOUS),
                "the last word is finished: titles only");
        assertEquals(List.of(), suggest("", ANONYMOUS));
    }

    @Test
    void aDocumentMovedToStaffLeavesNoTraceForOthers() throws IOException {
        index.apply(List.of(IndexChange.upsert(swedish("report:3", DocumentType.REPORT, "Zebrarandig bänk", "En zebrarandig bänk."))));
        assertEquals(List.of("zebrarandig", "Zebrarandig bänk"), suggest("zebra", ANONYMOUS));

        index.apply(List.of(IndexChange.upsert(TestDocuments.withAudiences(
                swedish("report:3", DocumentType.REPORT, "Zebrarandig bänk", "En zebrarandig bänk."), 2, Audience.STAFF))));

        assertEquals(List.of(), suggest("zebra", ANONYMOUS));
        assertEquals(0, search(index, "zebrarandig", ANONYMOUS).total());
        assertEquals(Optional.empty(), search(index, "zebrarandg", ANONYMOUS).suggestion());
        assertEquals(List.of("zebrarandig", "Zebrarandig bänk"), suggest("zebra", Viewer.staff()));
    }

    private List<String> suggest(String typed, Viewer viewer) throws IOException {
        return index.withSearcher(searcher -> searching.suggest(searcher, typed, viewer, 5));
    }
}

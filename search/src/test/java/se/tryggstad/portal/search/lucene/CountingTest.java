package se.tryggstad.portal.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.search.lucene.TestDocuments.search;
import static se.tryggstad.portal.search.lucene.TestDocuments.swedish;
import static se.tryggstad.portal.search.lucene.TestDocuments.uids;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchResult;
import se.tryggstad.portal.search.api.Viewer;

/** Counts are exact up to {@link IndexSearching#EXACT_COUNT_UP_TO} matches and lower bounds beyond; hits are always exact. */
class CountingTest {

    private static final int REPORTS = IndexSearching.EXACT_COUNT_UP_TO + 500;

    private LuceneIndex index;

    @BeforeEach
    void index() {
        List<IndexDocument> documents = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            documents.add(swedish("report:" + i, DocumentType.REPORT, "Klotter på vägg " + i,
                    "Klotter på väggen vid gångtunnel nummer " + i + "."));
        }
        for (int i = 0; i < 5; i++) {
            documents.add(swedish("support:" + i, DocumentType.SUPPORT, "Stöd efter brott " + i,
                    "Brottsofferjouren ger stöd efter brott."));
        }
        // one report says it twice, in its title too: it must stay first however the count is made
        documents.add(swedish("report:best", DocumentType.REPORT, "Klotter klotter klotter",
                "Klotter, klotter och åter klotter på väggen."));
        index = TestDocuments.indexOf(documents.toArray(IndexDocument[]::new));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aFewMatchesAreCountedExactly() throws IOException {
        SearchResult result = search(index, "brottsofferjouren", Viewer.anonymous());

        assertEquals(5, result.total());
        assertTrue(result.totalExact());
        assertTrue(result.typeCountsExact());
        assertEquals(5L, result.typeCounts().get(DocumentType.SUPPORT));
    }

    @Test
    void manyMatchesGiveALowerBoundButTheBestHitsStillComeFirst() throws IOException {
        SearchResult result = search(index, "klotter", Viewer.anonymous());

        assertFalse(result.totalExact());
        assertTrue(result.total() >= IndexSearching.EXACT_COUNT_UP_TO && result.total() <= REPORTS + 1,
                "total " + result.total());
        assertFalse(result.typeCountsExact());
        assertTrue(result.typeCounts().get(DocumentType.REPORT) >= IndexSearching.EXACT_COUNT_UP_TO);
        assertEquals("report:best", uids(result).get(0));
    }

    @Test
    void pagesPastTheExactCountStillReachEveryMatchOnce() throws IOException {
        Set<String> seen = new HashSet<>();
        int page = 0;
        SearchResult result;
        do {
            result = search(index, new SearchQuery("klotter", Set.of(), page++, SearchQuery.MAX_PAGE_SIZE,
                    Viewer.anonymous()));
            for (String uid : uids(result)) {
                assertTrue(seen.add(uid), uid + " twice");
            }
        } while (!result.hits().isEmpty());

        assertEquals(REPORTS + 1, seen.size());
    }
}

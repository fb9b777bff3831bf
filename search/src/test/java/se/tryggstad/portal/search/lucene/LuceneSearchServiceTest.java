package se.tryggstad.portal.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.search.lucene.TestDocuments.swedish;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchService;
import se.tryggstad.portal.search.api.Viewer;

class LuceneSearchServiceTest {

    private final LuceneIndex index = TestDocuments.indexOf(
            swedish("activity:1", DocumentType.ACTIVITY, "Cykelverkstad för unga", "Laga din cykel gratis."));
    private final LuceneSearchService service = new LuceneSearchService(index);

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void searchesAndCompletesThroughTheSearchApi() {
        SearchService api = service;

        assertEquals(1, api.search(SearchQuery.of("cykel", Viewer.anonymous())).total());
        assertEquals(List.of("cykelverkstad", "Cykelverkstad för unga"), api.suggest("cykelv", Viewer.anonymous(), 5));
    }

    @Test
    void newSynonymsApplyAtOnceWithoutARebuild() throws IOException {
        assertEquals(0, service.search(SearchQuery.of("velociped", Viewer.anonymous())).total());

        List<String> rejected = service.replaceSynonyms(new StringReader("cykel, velociped\noch\n"));

        assertEquals(1, service.search(SearchQuery.of("velociped", Viewer.anonymous())).total());
        assertTrue(rejected.stream().anyMatch(rule -> rule.startsWith("sv line 2: och")), rejected.toString());
    }
}

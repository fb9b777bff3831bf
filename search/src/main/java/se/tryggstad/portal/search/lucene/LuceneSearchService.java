package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchResult;
import se.tryggstad.portal.search.api.SearchService;
import se.tryggstad.portal.search.api.Viewer;

/**
 * {@link SearchService} over a {@link LuceneIndex}: each call takes the current searcher, searches
 * and releases it. Synonyms can be replaced while searches run.
 */
public final class LuceneSearchService implements SearchService {

    private final LuceneIndex index;
    private volatile IndexSearching searching;

    public LuceneSearchService(LuceneIndex index) {
        this.index = Objects.requireNonNull(index, "index");
        this.searching = new IndexSearching(index.analyzers());
    }

    @Override
    public SearchResult search(SearchQuery query) {
        IndexSearching current = searching;
        try {
            return index.withSearcher(searcher -> current.search(searcher, query));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    @Override
    public List<String> suggest(String typed, Viewer viewer, int max) {
        IndexSearching current = searching;
        try {
            return index.withSearcher(searcher -> current.suggest(searcher, typed, viewer, max));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    /**
     * Searches from now on with these synonym rules (Solr format); no rebuild needed.
     *
     * @return the rules that could not be used, for whoever edited them; see
     *         {@link PortalAnalyzers#rejectedSynonymRules()}
     */
    public List<String> replaceSynonyms(Reader solrSynonymRules) throws IOException {
        PortalAnalyzers analyzers = index.analyzers().withSynonyms(solrSynonymRules);
        searching = new IndexSearching(analyzers);
        return analyzers.rejectedSynonymRules();
    }
}

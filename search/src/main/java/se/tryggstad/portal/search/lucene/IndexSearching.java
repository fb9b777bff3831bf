package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.SearchHit;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchResult;
import se.tryggstad.portal.search.api.Viewer;

/**
 * Runs searches and completions against a given searcher: hits with snippets, counts per type, and a
 * spelling suggestion when little is found. Stateless and thread-safe; one instance per set of
 * synonyms (make a new one when staff change them).
 */
public final class IndexSearching {

    /** Below this many hits the search offers "Menade du …?". */
    static final int FEW_HITS = 3;
    /** Counts are exact up to this many matches and "at least this many" beyond. */
    public static final int EXACT_COUNT_UP_TO = 1_000;

    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.UID, IndexFields.TYPE, IndexFields.TITLE,
            IndexFields.URL, IndexFields.UPDATED, IndexFields.LANGUAGE, IndexFields.BODY_SV, IndexFields.BODY_EN);

    private final PortalAnalyzers analyzers;
    private final PortalQueryBuilder queries;
    private final Snippets snippets;
    private final SpellingSuggestions spelling;
    private final Completions completions;

    public IndexSearching(PortalAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.queries = new PortalQueryBuilder(analyzers);
        this.snippets = new Snippets(analyzers);
        this.spelling = new SpellingSuggestions(analyzers);
        this.completions = new Completions(analyzers);
    }

    public PortalAnalyzers analyzers() {
        return analyzers;
    }

    /**
     * One page of hits for what the viewer may see. An empty text lists everything visible, newest
     * first.
     */
    public SearchResult search(IndexSearcher searcher, SearchQuery query) throws IOException {
        try {
            return search(searcher, query, queries.build(query.text(), query.types(), query.viewer(), searcher));
        } catch (IndexSearcher.TooManyClauses e) {
            return search(searcher, query, queries.buildLean(query.text(), query.types(), query.viewer()));
        }
    }

    /**
     * Up to {@code max} completions of {@code typed} for the search box: the last word completed, then
     * titles that start with the text; all from documents the viewer may see.
     */
    public List<String> suggest(IndexSearcher searcher, String typed, Viewer viewer, int max) throws IOException {
        if (typed == null || max <= 0 || typed.isBlank()) {
            return List.of();
        }
        String capped = typed.length() <= SearchQuery.MAX_TEXT_LENGTH
                ? typed
                : typed.substring(0, SearchQuery.MAX_TEXT_LENGTH);
        Set<String> suggestions = new LinkedHashSet<>(completions.ofLastWord(searcher, capped, viewer, max));
        suggestions.addAll(completions.titles(searcher, capped, viewer, max));
        return suggestions.stream().limit(max).toList();
    }

    private SearchResult search(IndexSearcher searcher, SearchQuery query, PortalQuery unrewritten) throws IOException {
        PortalQuery built = unrewritten.rewrittenFor(searcher);
        int first = query.page() * query.pageSize();
        int end = first + query.pageSize();
        // the filters are applied while collecting, so that Lucene may skip in the text's disjunction
        TypeCounting.Counted counted = searcher.search(built.text(),
                VisibleOnly.of(searcher, built.hitFilter(), new TypeCounting<>(topHits(built, end))));
        TopDocs top = counted.top();
        TypeCounting.Counted typeCounts = built.types() == null
                ? counted
                // with a type filter the facets still count every type: one more pass without the filter
                : searcher.search(built.text(),
                        VisibleOnly.of(searcher, built.audience(), new TypeCounting<>(topHits(built, 1))));
        List<SearchHit> hits = hits(searcher, built, top.scoreDocs, first);
        long total = top.totalHits.value;
        Optional<String> suggestion = total < FEW_HITS && !built.isEmptyText()
                ? spelling.suggest(searcher, query.text(), query.viewer())
                : Optional.empty();
        return new SearchResult(total, counted.exact(), hits, typeCounts.typeCounts(), typeCounts.exact(), suggestion,
                query.page(), query.pageSize());
    }

    /**
     * The best {@code size} documents, counting matches exactly up to {@link #EXACT_COUNT_UP_TO}: past
     * that Lucene may skip documents that cannot reach the page, which is what keeps a common word
     * fast in a large index. The hits themselves are exact at any depth; only the count is not.
     */
    private static CollectorManager<?, ? extends TopDocs> topHits(PortalQuery built, int size) {
        return built.isEmptyText()
                ? new TopFieldCollectorManager(Completions.NEWEST_FIRST, size, null, EXACT_COUNT_UP_TO)
                : new TopScoreDocCollectorManager(size, null, EXACT_COUNT_UP_TO);
    }

    private List<SearchHit> hits(IndexSearcher searcher, PortalQuery built, ScoreDoc[] top, int first)
            throws IOException {
        if (first >= top.length) {
            return List.of();
        }
        StoredFields storedFields = searcher.storedFields();
        List<Document> documents = new ArrayList<>();
        List<Snippets.Hit> snippetHits = new ArrayList<>();
        for (int i = first; i < top.length; i++) {
            Document document = storedFields.document(top[i].doc, HIT_FIELDS);
            String language = document.get(IndexFields.LANGUAGE);
            documents.add(document);
            snippetHits.add(new Snippets.Hit(top[i].doc, language, document.get(IndexFields.body(language))));
        }
        List<String> pageSnippets = built.isEmptyText()
                ? snippetHits.stream().map(hit -> Snippets.beginning(hit.body())).toList()
                : snippets.of(searcher, built.text(), snippetHits);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            float score = top[first + i].score;
            hits.add(new SearchHit(
                    document.get(IndexFields.UID),
                    DocumentType.fromId(document.get(IndexFields.TYPE)).orElseThrow(),
                    document.get(IndexFields.TITLE),
                    pageSnippets.get(i),
                    document.get(IndexFields.URL),
                    Instant.ofEpochMilli(document.getField(IndexFields.UPDATED).numericValue().longValue()),
                    Float.isNaN(score) ? 0f : score));
        }
        return hits;
    }
}

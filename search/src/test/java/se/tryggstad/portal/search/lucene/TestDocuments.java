package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchResult;
import se.tryggstad.portal.search.api.Viewer;

/** Small documents and indexes for tests. */
final class TestDocuments {

    /** Loading the dictionary and synonyms takes a moment; every test can share one instance. */
    static final PortalAnalyzers ANALYZERS = PortalAnalyzers.defaults();
    static final Instant UPDATED = Instant.parse("2025-03-01T10:00:00Z");

    private TestDocuments() {
    }

    static IndexDocument swedish(String uid, DocumentType type, String title, String body, Audience... audiences) {
        return document(uid, type, title, body, "sv", 1, audiences);
    }

    static IndexDocument document(String uid, DocumentType type, String title, String body, String language,
                                  long version, Audience... audiences) {
        Set<Audience> visibleTo = audiences.length == 0 ? Set.of(Audience.PUBLIC) : Set.of(audiences);
        return new IndexDocument(uid, type.id(), title, body, language, visibleTo, List.of(), Map.of(), null,
                "/" + uid.replace(':', '/'), UPDATED.plusSeconds(version), version);
    }

    static IndexDocument withVersion(IndexDocument document, long version, String title) {
        return new IndexDocument(document.uid(), document.type(), title, document.body(), document.language(),
                document.audiences(), document.tags(), document.facets(), document.geo(), document.url(),
                document.updated().plusSeconds(version), version);
    }

    static IndexDocument withAudiences(IndexDocument document, long version, Audience... audiences) {
        return new IndexDocument(document.uid(), document.type(), document.title(), document.body(),
                document.language(), Set.of(audiences), document.tags(), document.facets(), document.geo(),
                document.url(), document.updated(), version);
    }

    static LuceneIndex indexOf(IndexDocument... documents) {
        LuceneIndex index = LuceneIndex.inMemory(ANALYZERS);
        try {
            index.rebuild(Stream.of(documents), done -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    static SearchResult search(LuceneIndex index, String text, Viewer viewer) throws IOException {
        return search(index, new SearchQuery(text, Set.of(), 0, 10, viewer));
    }

    static SearchResult search(LuceneIndex index, SearchQuery query) throws IOException {
        IndexSearching searching = new IndexSearching(index.analyzers());
        return index.withSearcher(searcher -> searching.search(searcher, query));
    }

    static List<String> uids(SearchResult result) {
        return result.hits().stream().map(hit -> hit.uid()).toList();
    }
}

package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.Viewer;

/**
 * Completions for the search box, from documents the viewer may see only: the last typed word
 * completed from the words of those documents ("brottso" → "brottsofferstöd"), and titles starting
 * with what was typed.
 */
final class Completions {

    static final Sort NEWEST_FIRST = new Sort(new SortField(IndexFields.UPDATED, SortField.Type.LONG, true));
    private static final int MIN_WORD_PREFIX_LENGTH = 2;
    /** Bounds the work for a short prefix like "st", which many words share. */
    private static final int MAX_TERMS_SCANNED = 200;

    private final PortalAnalyzers analyzers;

    Completions(PortalAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * The typed text with its last word completed, most common completion first; nothing when the
     * text ends with a space or a punctuation mark, since the last word is then finished.
     */
    List<String> ofLastWord(IndexSearcher searcher, String typed, Viewer viewer, int max) throws IOException {
        List<TypedWord> words = TypedWord.in(typed, analyzers.surfaceWords(), Integer.MAX_VALUE);
        if (words.isEmpty()) {
            return List.of();
        }
        TypedWord last = words.get(words.size() - 1);
        if (last.end() != typed.length() || last.word().length() < MIN_WORD_PREFIX_LENGTH) {
            return List.of();
        }
        Map<String, Integer> documentsPerWord = new HashMap<>();
        BytesRef prefix = new BytesRef(CompletionKeyFilter.key(last.word()));
        for (Audience audience : viewer.audiences()) {
            String field = IndexFields.completion(audience);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                collectCompletions(leaf.reader(), field, prefix, documentsPerWord);
            }
        }
        String before = typed.substring(0, last.start());
        return documentsPerWord.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(last.word()))
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .map(entry -> before + entry.getKey())
                .toList();
    }

    /** Titles of visible documents that start with the typed text, newest first. */
    List<String> titles(IndexSearcher searcher, String typed, Viewer viewer, int max) throws IOException {
        String prefix = DocumentMapper.titlePrefix(typed);
        if (prefix.length() < MIN_WORD_PREFIX_LENGTH) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(IndexFields.TITLE_PREFIX, prefix)), BooleanClause.Occur.MUST)
                .add(PortalQueryBuilder.audienceFilter(viewer), BooleanClause.Occur.FILTER)
                .build();
        TopFieldDocs top = searcher.search(query, max, NEWEST_FIRST);
        List<String> titles = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            titles.add(searcher.storedFields().document(hit.doc).get(IndexFields.TITLE));
        }
        return titles;
    }

    /**
     * Adds the completions in one segment, counting live documents only: a deleted document's words
     * stay in the term dictionary until segments merge, and must not be offered.
     */
    private static void collectCompletions(LeafReader reader, String field, BytesRef prefix,
                                           Map<String, Integer> documentsPerWord) throws IOException {
        Terms terms = reader.terms(field);
        if (terms == null) {
            return;
        }
        TermsEnum termsEnum = terms.iterator();
        if (termsEnum.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return;
        }
        Bits live = reader.getLiveDocs();
        PostingsEnum postings = null;
        int scanned = 0;
        for (BytesRef term = termsEnum.term(); term != null && StringHelper.startsWith(term, prefix)
                && scanned < MAX_TERMS_SCANNED; term = termsEnum.next(), scanned++) {
            postings = termsEnum.postings(postings, PostingsEnum.NONE);
            int liveDocuments = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    liveDocuments++;
                }
            }
            if (liveDocuments > 0) {
                documentsPerWord.merge(CompletionKeyFilter.written(term.utf8ToString()), liveDocuments, Integer::sum);
            }
        }
    }
}

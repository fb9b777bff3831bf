package se.tryggstad.portal.search.lucene;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Whether any live document matches a query, or at least a given number. {@link IndexSearcher#count}
 * visits every match; a word found in a fifth of a million documents makes that cost milliseconds
 * where the first matches answer the question.
 */
final class FirstMatch {

    private FirstMatch() {
    }

    static boolean exists(IndexSearcher searcher, Query query) throws IOException {
        return countUpTo(searcher, query, 1) == 1;
    }

    /** The number of live matches, counted no further than {@code limit}. */
    static int countUpTo(IndexSearcher searcher, Query query, int limit) throws IOException {
        int count = 0;
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator matches = scorer.iterator();
            for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
                if ((live == null || live.get(doc)) && ++count == limit) {
                    return count;
                }
            }
        }
        return count;
    }
}

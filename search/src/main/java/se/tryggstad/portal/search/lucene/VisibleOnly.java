package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Passes on only the documents a filter matches (the viewer's audiences, the chosen types): the
 * filter applied while collecting instead of as a clause of the query.
 *
 * <p>Lucene skips most of a common word's matches only in a query that is a pure disjunction; a
 * filter clause makes the same words a conjunction that visits far more of them (twice the time for
 * three common words at a million documents). The results are the same: the top-hits collector
 * only ever sees visible documents, so every count, score threshold and hit it has is of those.
 * The filter comes through the searcher's query cache, so a frequent audience costs a bit set.
 */
final class VisibleOnly<C extends Collector, T> implements CollectorManager<VisibleOnly.Filtered<C>, T> {

    private final CollectorManager<C, T> delegate;
    private final Weight filter;

    private VisibleOnly(CollectorManager<C, T> delegate, Weight filter) {
        this.delegate = delegate;
        this.filter = filter;
    }

    /** {@code delegate}'s search over the documents {@code filter} matches in {@code searcher}. */
    static <C extends Collector, T> VisibleOnly<C, T> of(IndexSearcher searcher, Query filter,
                                                          CollectorManager<C, T> delegate) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new VisibleOnly<>(delegate, weight);
    }

    @Override
    public Filtered<C> newCollector() throws IOException {
        return new Filtered<>(delegate.newCollector(), filter);
    }

    @Override
    public T reduce(Collection<Filtered<C>> collectors) throws IOException {
        List<C> delegates = new ArrayList<>(collectors.size());
        collectors.forEach(collector -> delegates.add(collector.delegate));
        return delegate.reduce(delegates);
    }

    /** {@code delegate} seeing only the documents {@code filter} matches. */
    static final class Filtered<C extends Collector> extends FilterCollector {

        private final C delegate;
        private final Weight filter;

        Filtered(C delegate, Weight filter) {
            super(delegate);
            this.delegate = delegate;
            this.filter = filter;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Scorer visible = filter.scorer(context);
            if (visible == null) {
                throw new CollectionTerminatedException();
            }
            DocIdSetIterator visibleDocs = visible.iterator();
            return new FilterLeafCollector(super.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    // documents come in increasing order within a segment
                    int next = visibleDocs.docID();
                    if (next < doc) {
                        next = visibleDocs.advance(doc);
                    }
                    if (next == doc) {
                        in.collect(doc);
                    }
                }
            };
        }
    }
}

package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

import se.tryggstad.portal.search.api.DocumentType;

/**
 * Collects the top hits and counts the collected documents per type, from the type's doc values.
 *
 * <p>The counting rides along with the top-hits collector instead of beside it: a separate counting
 * collector would make Lucene visit and score every match, while the top-hits collector alone may
 * skip documents that cannot reach the page once it has seen {@code totalHitsThreshold} of them.
 * Until then every match is collected, so the counts are exact exactly when the total is; beyond
 * it both are lower bounds ("at least").
 */
final class TypeCounting<C extends Collector> implements CollectorManager<TypeCounting.Counter<C>, TypeCounting.Counted> {

    /** The top documents and the collected documents per type; both exact when the total is. */
    record Counted(TopDocs top, Map<DocumentType, Long> typeCounts) {

        boolean exact() {
            return top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        }
    }

    private final CollectorManager<C, ? extends TopDocs> topManager;

    TypeCounting(CollectorManager<C, ? extends TopDocs> topManager) {
        this.topManager = topManager;
    }

    @Override
    public Counter<C> newCollector() throws IOException {
        return new Counter<>(topManager.newCollector());
    }

    @Override
    public Counted reduce(Collection<Counter<C>> counters) throws IOException {
        Map<DocumentType, Long> total = new EnumMap<>(DocumentType.class);
        List<C> tops = new ArrayList<>();
        for (Counter<C> counter : counters) {
            counter.counts.forEach((type, count) -> total.merge(type, count, Long::sum));
            tops.add(counter.top);
        }
        return new Counted(topManager.reduce(tops), total);
    }

    static final class Counter<C extends Collector> implements Collector {

        private final C top;
        private final Map<DocumentType, Long> counts = new EnumMap<>(DocumentType.class);

        Counter(C top) {
            this.top = top;
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector topLeaf = top.getLeafCollector(context);
            SortedDocValues types = DocValues.getSorted(context.reader(), IndexFields.TYPE);
            // counted per ordinal, named once per segment: cheaper than a lookup per document
            int[] perOrdinal = new int[types.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    topLeaf.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    topLeaf.collect(doc);
                    if (types.advanceExact(doc)) {
                        perOrdinal[types.ordValue()]++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    topLeaf.finish();
                    for (int ordinal = 0; ordinal < perOrdinal.length; ordinal++) {
                        if (perOrdinal[ordinal] > 0) {
                            Optional<DocumentType> type = DocumentType.fromId(types.lookupOrd(ordinal).utf8ToString());
                            long count = perOrdinal[ordinal];
                            type.ifPresent(known -> counts.merge(known, count, Long::sum));
                        }
                    }
                }
            };
        }
    }
}

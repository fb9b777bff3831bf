package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
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

import se.tryggstad.portal.search.api.DocumentType;

/** Counts the matching documents per type, from the type's doc values, without scoring. */
final class TypeCounting implements CollectorManager<TypeCounting.Counter, Map<DocumentType, Long>> {

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<DocumentType, Long> reduce(Collection<Counter> counters) {
        Map<DocumentType, Long> total = new EnumMap<>(DocumentType.class);
        for (Counter counter : counters) {
            counter.counts.forEach((type, count) -> total.merge(type, count, Long::sum));
        }
        return total;
    }

    static final class Counter implements Collector {

        private final Map<DocumentType, Long> counts = new EnumMap<>(DocumentType.class);

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues types = DocValues.getSorted(context.reader(), IndexFields.TYPE);
            // counted per ordinal, named once per segment: cheaper than a lookup per document
            int[] perOrdinal = new int[types.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (types.advanceExact(doc)) {
                        perOrdinal[types.ordValue()]++;
                    }
                }

                @Override
                public void finish() throws IOException {
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

package se.tryggstad.portal.search.lucene;

import java.text.BreakIterator;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.apache.lucene.search.*;
import org.apache.lucene.search.uhighlight.*;
import se.tryggstad.portal.search.api.*;

class ProfileTest {
    @Test
    void profile() throws Exception {
        PortalAnalyzers analyzers = PortalAnalyzers.defaults();
        try (LuceneIndex index = LuceneIndex.inMemory(analyzers)) {
            index.rebuild(TestCorpus.documents().stream(), d -> {});
            PortalQueryBuilder qb = new PortalQueryBuilder(analyzers);
            index.withSearcher(s -> {
                List<PortalQuery> qs = new ArrayList<>(); List<int[]> docs = new ArrayList<>();
                for (TestCorpus.JudgedQuery q : TestCorpus.queries()) {
                    PortalQuery pq = qb.build(q.text(), Set.of(), q.viewer(), s);
                    qs.add(pq);
                    docs.add(Arrays.stream(s.search(pq.forHits(), 10).scoreDocs).mapToInt(sd -> sd.doc).toArray());
                }
                for (String variant : List.of("noMTQ", "noMTQ", "noMTQ")) {
                    for (int round = 0; round < 4; round++) {
                        long t = System.nanoTime();
                        for (int i = 0; i < qs.size(); i++) {
                            UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(s, analyzers.forIndexing())
                                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                                .withFieldMatcher(f -> IndexFields.isSwedishText(f) || IndexFields.WORDS.equals(f))
                                .withMaxNoHighlightPassages(1)
                                .withHighlightPhrasesStrictly(round % 2 == 0)
                                .withHandleMultiTermQuery(!variant.equals("noMTQ"));
                            if (!variant.equals("defaultBreak")) b.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.forLanguageTag("sv")), 200, 0.3f));
                            b.build().highlightFields(new String[]{"body_sv"}, s.rewrite(qs.get(i).text()), docs.get(i), new int[]{1});
                        }
                        if (round >= 2) System.out.println(variant + (round % 2 == 0 ? " strict " : " loose ") + (System.nanoTime() - t) / 1_000_000 + " ms for " + qs.size());
                    }
                }
                return null;
            });
        }
    }
}

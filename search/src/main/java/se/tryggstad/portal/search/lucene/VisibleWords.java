package se.tryggstad.portal.search.lucene;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Whether a typed word, as the search analyses it, occurs in a document the viewer may see. Only
 * words that do not are worth spelling help; asking about all documents instead would let the
 * presence of a word in a hidden document change what a viewer is offered.
 */
final class VisibleWords {

    private final PortalAnalyzers analyzers;

    VisibleWords(PortalAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    boolean occurs(IndexSearcher searcher, String word, Query audienceFilter) throws IOException {
        return documentsWith(searcher, word, audienceFilter, 1) == 1;
    }

    /** How many documents the viewer may see have the word, counted no further than {@code limit}. */
    int documentsWith(IndexSearcher searcher, String word, Query audienceFilter, int limit) throws IOException {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        addStems(anyField, analyzers.swedishPhrase(), word,
                IndexFields.TITLE_SV, IndexFields.TAGS_SV, IndexFields.BODY_SV);
        addStems(anyField, analyzers.englishPhrase(), word,
                IndexFields.TITLE_EN, IndexFields.TAGS_EN, IndexFields.BODY_EN);
        anyField.add(audienceFilter, BooleanClause.Occur.FILTER);
        return FirstMatch.countUpTo(searcher, anyField.build(), limit);
    }

    private static void addStems(BooleanQuery.Builder into, Analyzer analyzer, String word, String... fields) {
        for (String stem : AnalyzedTerms.of(analyzer, word)) {
            for (String field : fields) {
                into.add(new TermQuery(new Term(field, stem)), BooleanClause.Occur.SHOULD);
            }
        }
    }
}

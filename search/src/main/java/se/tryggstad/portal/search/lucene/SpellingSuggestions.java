package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.Viewer;

/**
 * "Menade du …?": the search text with each word that matches nothing the viewer may see replaced by
 * the closest word that does.
 *
 * <p>Words are only ever taken from the viewer's own audiences' spelling fields, and a candidate is
 * checked against live documents, so no viewer is offered a word from a document they may not see
 * (not even from a document that was just moved from PUBLIC to STAFF and whose old version still
 * lingers in the term dictionary).
 */
final class SpellingSuggestions {

    private static final int MIN_WORD_LENGTH = 4;
    private static final int CANDIDATES_PER_AUDIENCE = 5;
    /** A whole number of documents (fractions mean a share of the index), larger than any index. */
    private static final float NO_FREQUENCY_LIMIT = 1 << 30;
    private static final Comparator<SuggestWord> BY_SIMILARITY_THEN_FREQUENCY =
            Comparator.<SuggestWord>comparingDouble(word -> word.score)
                    .thenComparingInt(word -> word.freq)
                    .thenComparing(word -> word.string, Comparator.reverseOrder());

    private final PortalAnalyzers analyzers;
    private final VisibleWords visibleWords;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();

    SpellingSuggestions(PortalAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.visibleWords = new VisibleWords(analyzers);
        // the misspelled word's own frequency must never stop a suggestion: it may come from hidden documents
        spellChecker.setMaxQueryFrequency(NO_FREQUENCY_LIMIT);
        spellChecker.setMinQueryLength(MIN_WORD_LENGTH);
    }

    Optional<String> suggest(IndexSearcher searcher, String text, Viewer viewer) throws IOException {
        List<TypedWord> words = TypedWord.in(text, analyzers.surfaceWords(), PortalQueryBuilder.MAX_WORDS);
        Query audience = PortalQueryBuilder.audienceFilter(viewer);
        StringBuilder suggestion = new StringBuilder(text);
        boolean corrected = false;
        // from the end, so the positions of the words not yet replaced stay right
        for (int i = words.size() - 1; i >= 0; i--) {
            TypedWord typed = words.get(i);
            if (!worthCorrecting(typed.word()) || visibleWords.occurs(searcher, typed.word(), audience)) {
                continue;
            }
            Optional<String> correction = closestVisibleWord(searcher, typed.word(), viewer);
            if (correction.isPresent()) {
                suggestion.replace(typed.start(), typed.end(), correction.get());
                corrected = true;
            }
        }
        return corrected ? Optional.of(suggestion.toString()) : Optional.empty();
    }

    private static boolean worthCorrecting(String word) {
        return word.length() >= MIN_WORD_LENGTH && !PortalAnalyzers.isStopWord(word)
                && word.chars().noneMatch(Character::isDigit);
    }

    private Optional<String> closestVisibleWord(IndexSearcher searcher, String word, Viewer viewer) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        SuggestWord best = null;
        for (Audience audience : viewer.audiences()) {
            String field = IndexFields.spelling(audience);
            for (SuggestWord candidate : spellChecker.suggestSimilar(new Term(field, word), CANDIDATES_PER_AUDIENCE,
                    reader, SuggestMode.SUGGEST_ALWAYS)) {
                if (isBetter(candidate, best)
                        && FirstMatch.exists(searcher, new TermQuery(new Term(field, candidate.string)))) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best).map(suggestion -> suggestion.string);
    }

    private static boolean isBetter(SuggestWord candidate, SuggestWord best) {
        return best == null || BY_SIMILARITY_THEN_FREQUENCY.compare(candidate, best) > 0;
    }
}

package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The best passage of each hit's body, HTML-escaped, with the matched words in {@code <mark>}; the
 * body's beginning when nothing in it matched.
 */
final class Snippets {

    private static final int LENGTH = 200;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    /** Where in the passage the match should sit: a little before the middle reads best. */
    private static final float MATCH_ALIGNMENT = 0.3f;

    private final PortalAnalyzers analyzers;

    Snippets(PortalAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * One snippet per hit, in the order of {@code hits}. {@code query} must be rewritten (no prefix or
     * fuzzy queries left): the highlighter would otherwise run their automata over the whole term
     * dictionary for every hit.
     */
    List<String> of(IndexSearcher searcher, Query query, List<Hit> hits) throws IOException {
        Query highlighted = withStemsOfMatchedWords(query);
        String[] snippets = new String[hits.size()];
        highlight(searcher, highlighted, hits, IndexFields.SWEDISH, snippets);
        highlight(searcher, highlighted, hits, IndexFields.ENGLISH, snippets);
        List<String> result = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            result.add(snippets[i] != null ? snippets[i] : beginning(hits.get(i).body()));
        }
        return result;
    }

    /** A hit to make a snippet for: its document id, language and stored body. */
    record Hit(int docId, String language, String body) {
    }

    private void highlight(IndexSearcher searcher, Query query, List<Hit> hits, String language, String[] into)
            throws IOException {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            if (language.equals(hits.get(i).language())) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return;
        }
        int[] docIds = positions.stream().mapToInt(i -> hits.get(i).docId()).toArray();
        String bodyField = IndexFields.body(language);
        String[] highlighted = highlighter(searcher, language)
                .highlightFields(new String[]{bodyField}, query, docIds, new int[]{1})
                .get(bodyField);
        for (int i = 0; i < docIds.length; i++) {
            into[positions.get(i)] = highlighted[i];
        }
    }

    /**
     * Prefix and fuzzy matches are words as written ("brottsoffer" for "brottsofer"); the body is
     * indexed stemmed, so their stems are added for the highlighter to find.
     */
    private Query withStemsOfMatchedWords(Query query) {
        Set<Term> matchedWords = new HashSet<>();
        query.visit(QueryVisitor.termCollector(matchedWords));
        BooleanQuery.Builder highlighted = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
        for (Term word : matchedWords) {
            if (!IndexFields.WORDS.equals(word.field())) {
                continue;
            }
            String written = word.text();
            for (String stem : AnalyzedTerms.of(analyzers.swedishPhrase(), written)) {
                highlighted.add(new TermQuery(new Term(IndexFields.BODY_SV, stem)), BooleanClause.Occur.SHOULD);
            }
            for (String stem : AnalyzedTerms.of(analyzers.englishPhrase(), written)) {
                highlighted.add(new TermQuery(new Term(IndexFields.BODY_EN, stem)), BooleanClause.Occur.SHOULD);
            }
        }
        return highlighted.build();
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, String language) {
        // a word found in the title is marked in the body too
        Predicate<String> matchingFields = IndexFields.SWEDISH.equals(language)
                ? IndexFields::isSwedishText
                : IndexFields::isEnglishText;
        return UnifiedHighlighter.builder(searcher, analyzers.forIndexing())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(SWEDISH), LENGTH, MATCH_ALIGNMENT))
                .withFieldMatcher(matchingFields)
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(false)
                .withMaxNoHighlightPassages(1)
                .build();
    }

    static String beginning(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        if (body.length() <= LENGTH) {
            return escapeHtml(body);
        }
        int end = body.lastIndexOf(' ', LENGTH);
        return escapeHtml(body.substring(0, end > 0 ? end : LENGTH)) + " …";
    }

    static String escapeHtml(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

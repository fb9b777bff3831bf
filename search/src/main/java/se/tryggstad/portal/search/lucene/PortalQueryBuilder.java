package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.Viewer;

/**
 * Builds the Lucene query for a resident's search text. The text is never parsed as Lucene syntax:
 * it is split into quoted phrases and words, and each becomes queries built here.
 *
 * <p>Every word is looked for in the title and tags (boosted) and the body, in the Swedish and the
 * English fields, each with its language's query analysis (synonyms included: the one-word synonyms
 * count together like one term, whose score saturates, so a page does not win by using many of them;
 * a longer synonym competes with them for the best match). Weaker alternatives widen the
 * net: the parts of a Swedish compound that is not already common ("brottsofferstöd" also finds "stöd
 * till brottsoffer"), similar spellings for words no visible document contains ("brottsofer"), and
 * such a last word as a prefix ("tryggh"). A quoted phrase must occur as written (after stemming),
 * without synonyms. The audience filter is always part of the result: it is access control, not a
 * choice.
 */
public final class PortalQueryBuilder {

    private static final float TITLE_BOOST = 3f;
    private static final float TAGS_BOOST = 3f;
    private static final float BODY_BOOST = 1f;
    /** The weaker alternatives score below a plain match of the same word. */
    private static final float COMPOUND_PARTS_WEIGHT = 0.5f;
    private static final float FUZZY_WEIGHT = 0.3f;
    private static final float PREFIX_WEIGHT = 0.4f;

    /** Enough for any real search; caps the work a 1 000-character text can cause. */
    static final int MAX_WORDS = 12;
    private static final int MAX_PHRASES = 4;
    private static final int MAX_FUZZY_WORDS = 4;
    private static final int FUZZY_MAX_EXPANSIONS = 10;
    /** Typos are rarely in the first letter, and fixing it keeps fuzzy matching cheap. */
    private static final int FUZZY_PREFIX_LENGTH = 1;
    private static final int MIN_FUZZY_LENGTH = 5;
    private static final int MIN_TWO_EDITS_LENGTH = 8;
    private static final int MIN_PREFIX_LENGTH = 3;
    private static final int MAX_PREFIX_EXPANSIONS = 64;
    /** When even the capped query is too big for Lucene, this many words and no fuzzy matching. */
    private static final int LEAN_MAX_WORDS = 4;
    /** How far apart a compound's parts may stand: "stöd till brottsoffer" reverses and spreads two. */
    private static final int COMPOUND_PARTS_SLOP_PER_PART = 2;
    /**
     * A word that this many visible documents contain fills the pages by itself, and the counts
     * beyond it are "at least" anyway: its compound parts are not searched. Those are two common
     * words near each other in the pages without the compound, which in a large index costs more
     * than all the rest of the query.
     */
    static final int COMMON_WORD_DOCUMENTS = IndexSearching.EXACT_COUNT_UP_TO;
    /** Of a word's synonyms the best match counts, plus this share of the others. */
    private static final float SYNONYM_TIE_BREAKER = 0.1f;

    private static final List<String> LANGUAGES = List.of(IndexFields.SWEDISH, IndexFields.ENGLISH);

    private final PortalAnalyzers analyzers;
    private final VisibleWords visibleWords;
    private final CompoundSplitter splitter;
    private final QueryBuilder swedish;
    private final QueryBuilder english;
    private final QueryBuilder swedishPhrases;
    private final QueryBuilder englishPhrases;

    public PortalQueryBuilder(PortalAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.visibleWords = new VisibleWords(analyzers);
        this.splitter = analyzers.compoundSplitter();
        this.swedish = new BestSynonymQueryBuilder(analyzers.swedishQuery());
        this.english = new BestSynonymQueryBuilder(analyzers.englishQuery());
        this.swedishPhrases = new QueryBuilder(analyzers.swedishPhrase());
        this.englishPhrases = new QueryBuilder(analyzers.englishPhrase());
    }

    /**
     * The query for {@code text}, filtered to what {@code viewer} may see and to {@code types} if any.
     * {@code searcher} tells which words occur in no document the viewer may see: only those get
     * fuzzy matching, which costs time and otherwise adds only noise.
     */
    public PortalQuery build(String text, Set<DocumentType> types, Viewer viewer, IndexSearcher searcher)
            throws IOException {
        QueryText parsed = parse(text, MAX_WORDS);
        Query audience = audienceFilter(viewer);
        List<String> unknownWords = new ArrayList<>();
        List<String> commonWords = new ArrayList<>();
        List<String> contentWords = parsed.contentWords();
        for (String word : contentWords) {
            int documents = visibleWords.documentsWith(searcher, word, audience, COMMON_WORD_DOCUMENTS);
            if (documents == 0 && unknownWords.size() < MAX_FUZZY_WORDS) {
                unknownWords.add(word);
            } else if (documents == COMMON_WORD_DOCUMENTS) {
                commonWords.add(word);
            }
        }
        boolean lastWordUnfinished = !contentWords.isEmpty()
                && (unknownWords.contains(contentWords.get(contentWords.size() - 1))
                    || unknownWords.size() == MAX_FUZZY_WORDS);
        return new PortalQuery(textQuery(parsed, unknownWords, commonWords, lastWordUnfinished), audience,
                typeFilter(types), parsed);
    }

    /**
     * A smaller query for when {@link #build} exceeds Lucene's clause limit (possible with many
     * words that all have many synonyms): fewer words, no fuzzy matching.
     */
    public PortalQuery buildLean(String text, Set<DocumentType> types, Viewer viewer) {
        QueryText parsed = parse(text, LEAN_MAX_WORDS);
        return new PortalQuery(textQuery(parsed, List.of(), List.of(), false), audienceFilter(viewer),
                typeFilter(types), parsed);
    }

    public static Query audienceFilter(Viewer viewer) {
        return new TermInSetQuery(IndexFields.AUDIENCE, viewer.audiences().stream()
                .map(Audience::value).map(BytesRef::new).collect(Collectors.toList()));
    }

    /** Null for no types: all types. */
    public static Query typeFilter(Set<DocumentType> types) {
        if (types == null || types.isEmpty()) {
            return null;
        }
        return new TermInSetQuery(IndexFields.TYPE, types.stream()
                .map(DocumentType::id).map(BytesRef::new).collect(Collectors.toList()));
    }

    private QueryText parse(String text, int maxWords) {
        return QueryText.parse(text == null ? "" : text, analyzers.surfaceWords(), maxWords, MAX_PHRASES);
    }

    private Query textQuery(QueryText parsed, List<String> unknownWords, List<String> commonWords,
                            boolean lastWordUnfinished) {
        if (parsed.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> contentWords = parsed.contentWords();
        if (!contentWords.isEmpty()) {
            Query anyWord = anyWord(QueryText.join(parsed.words()), contentWords, unknownWords, commonWords,
                    lastWordUnfinished);
            // with phrases, the free words only rank; without, at least one of them must match
            query.add(anyWord, parsed.phrases().isEmpty() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        for (List<String> phrase : parsed.phrases()) {
            Query phraseQuery = phrase(QueryText.join(phrase));
            if (phraseQuery != null) {
                query.add(phraseQuery, BooleanClause.Occur.MUST);
            }
        }
        return query.build();
    }

    private Query anyWord(String words, List<String> contentWords, List<String> unknownWords,
                          List<String> commonWords, boolean lastWordUnfinished) {
        BooleanQuery.Builder anyWord = new BooleanQuery.Builder();
        addPerField(anyWord, swedish, IndexFields.SWEDISH, words);
        addPerField(anyWord, english, IndexFields.ENGLISH, words);
        for (String word : contentWords) {
            if (!commonWords.contains(word)) {
                addIfPresent(anyWord, compoundParts(word), COMPOUND_PARTS_WEIGHT);
            }
        }
        addIfPresent(anyWord, similarSpellings(unknownWords), FUZZY_WEIGHT);
        String lastWord = contentWords.get(contentWords.size() - 1);
        if (lastWordUnfinished && lastWord.length() >= MIN_PREFIX_LENGTH) {
            addIfPresent(anyWord, lastWordAsPrefix(lastWord), PREFIX_WEIGHT);
        }
        return flat(anyWord.build());
    }

    /**
     * The same disjunction with its nested disjunctions (per field, per word, boosted) laid out as one
     * list, the boosts moved onto the leaves. A sum of sums scores the same as the flat sum, but only in
     * one flat disjunction can Lucene compare each word's best possible score with the page's worst and
     * skip the documents that cannot reach it; a boost around a nested one hides it from Lucene's own
     * flattening.
     */
    static Query flat(BooleanQuery disjunction) {
        List<Query> leaves = new ArrayList<>();
        flattenInto(leaves, disjunction, 1f);
        if (leaves.size() > IndexSearcher.getMaxClauseCount()) {
            return disjunction;
        }
        BooleanQuery.Builder flat = new BooleanQuery.Builder();
        leaves.forEach(leaf -> flat.add(leaf, BooleanClause.Occur.SHOULD));
        return flat.build();
    }

    private static void flattenInto(List<Query> leaves, Query query, float boost) {
        if (query instanceof BoostQuery boosted) {
            flattenInto(leaves, boosted.getQuery(), boost * boosted.getBoost());
        } else if (query instanceof BooleanQuery bool && isPureDisjunction(bool)) {
            for (BooleanClause clause : bool.clauses()) {
                flattenInto(leaves, clause.getQuery(), boost);
            }
        } else {
            leaves.add(boost == 1f ? query : new BoostQuery(query, boost));
        }
    }

    private static boolean isPureDisjunction(BooleanQuery query) {
        return query.getMinimumNumberShouldMatch() == 0
                && query.clauses().stream().allMatch(clause -> clause.getOccur() == BooleanClause.Occur.SHOULD);
    }

    /**
     * Pages with a word starting with the last typed word, all scored alike; only for a last word no
     * visible page contains as it stands ("tryggh"), since a whole word already finds its pages and
     * the prefix would make a common word's search visit many more. Limited to the first
     * words that start so, which also lets the query be rewritten into plain terms for highlighting.
     */
    private static Query lastWordAsPrefix(String lastWord) {
        return new ConstantScoreQuery(new PrefixQuery(new Term(IndexFields.WORDS, Folding.fold(lastWord)),
                new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_PREFIX_EXPANSIONS)));
    }

    private static void addPerField(BooleanQuery.Builder into, QueryBuilder builder, String language, String text) {
        addIfPresent(into, builder.createBooleanQuery(IndexFields.title(language), text), TITLE_BOOST);
        addIfPresent(into, builder.createBooleanQuery(IndexFields.tags(language), text), TAGS_BOOST);
        addIfPresent(into, builder.createBooleanQuery(IndexFields.body(language), text), BODY_BOOST);
    }

    /**
     * The parts of a typed Swedish compound as neighbouring words, on pages without the compound
     * itself: "brottsofferstöd" also finds a page about "stöd till brottsoffer". Pages with the
     * compound already score for it and must not score twice. Null if the word is no compound.
     */
    private Query compoundParts(String word) {
        List<String> parts = splitter.split(word);
        String whole = singleTerm(analyzers.swedishPhrase(), word);
        if (parts.isEmpty() || whole == null) {
            return null;
        }
        PhraseQuery.Builder near = new PhraseQuery.Builder().setSlop(COMPOUND_PARTS_SLOP_PER_PART * parts.size());
        for (String part : parts) {
            String stem = singleTerm(analyzers.swedishPhrase(), part);
            if (stem == null) {
                return null;
            }
            near.add(new Term(IndexFields.BODY_SV, stem));
        }
        PhraseQuery inBody = near.build();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        addIfPresent(anyField, inField(inBody, IndexFields.TITLE_SV), TITLE_BOOST);
        addIfPresent(anyField, inField(inBody, IndexFields.TAGS_SV), TAGS_BOOST);
        addIfPresent(anyField, inBody, BODY_BOOST);
        query.add(anyField.build(), BooleanClause.Occur.MUST);
        for (String field : List.of(IndexFields.TITLE_SV, IndexFields.TAGS_SV, IndexFields.BODY_SV)) {
            query.add(new TermQuery(new Term(field, whole)), BooleanClause.Occur.MUST_NOT);
        }
        return query.build();
    }

    private static PhraseQuery inField(PhraseQuery phrase, String field) {
        PhraseQuery.Builder copy = new PhraseQuery.Builder().setSlop(phrase.getSlop());
        for (Term term : phrase.getTerms()) {
            copy.add(new Term(field, term.bytes()));
        }
        return copy.build();
    }

    /**
     * Words spelled almost alike, in title and body. Stems are compared, so that a misspelled word
     * still meets an inflected form ("avhoparverksamhet" – "avhopparverksamheten"); the allowed
     * edits therefore depend on the stem's length: one from five letters, two from eight.
     */
    private Query similarSpellings(List<String> words) {
        BooleanQuery.Builder similar = new BooleanQuery.Builder();
        for (String word : words) {
            for (String language : LANGUAGES) {
                String stem = singleTerm(phraseAnalyzer(language), word);
                if (stem == null || stem.length() < MIN_FUZZY_LENGTH) {
                    continue;
                }
                int maxEdits = stem.length() >= MIN_TWO_EDITS_LENGTH ? 2 : 1;
                addIfPresent(similar, fuzzy(IndexFields.title(language), stem, maxEdits), TITLE_BOOST);
                addIfPresent(similar, fuzzy(IndexFields.body(language), stem, maxEdits), BODY_BOOST);
            }
        }
        BooleanQuery query = similar.build();
        return query.clauses().isEmpty() ? null : query;
    }

    private static Query fuzzy(String field, String stem, int maxEdits) {
        return new FuzzyQuery(new Term(field, stem), maxEdits, FUZZY_PREFIX_LENGTH, FUZZY_MAX_EXPANSIONS, true);
    }

    /** The phrase in any text field of either language; null if it is made of stop words only. */
    private Query phrase(String phrase) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (String language : LANGUAGES) {
            QueryBuilder builder = IndexFields.SWEDISH.equals(language) ? swedishPhrases : englishPhrases;
            addIfPresent(anyField, builder.createPhraseQuery(IndexFields.title(language), phrase), TITLE_BOOST);
            addIfPresent(anyField, builder.createPhraseQuery(IndexFields.tags(language), phrase), TAGS_BOOST);
            addIfPresent(anyField, builder.createPhraseQuery(IndexFields.body(language), phrase), BODY_BOOST);
        }
        BooleanQuery query = anyField.build();
        return query.clauses().isEmpty() ? null : query;
    }

    private Analyzer phraseAnalyzer(String language) {
        return IndexFields.SWEDISH.equals(language) ? analyzers.swedishPhrase() : analyzers.englishPhrase();
    }

    private static String singleTerm(Analyzer analyzer, String word) {
        List<String> terms = AnalyzedTerms.of(analyzer, word);
        return terms.isEmpty() ? null : terms.get(0);
    }

    /**
     * Scores a word's synonyms by the best alternative that matches rather than by their sum, and a
     * synonym of several words like one word: "relationsvåld" expanded to "våld i nära relationer"
     * must not weigh three times the word that was typed.
     */
    private static final class BestSynonymQueryBuilder extends QueryBuilder {

        BestSynonymQueryBuilder(Analyzer analyzer) {
            super(analyzer);
        }

        /**
         * The one-word alternatives as one {@code SynonymQuery}, as Lucene does when a word has no
         * longer synonym: scored like one term, with one list of score bounds, which lets Lucene skip
         * in a common word's many synonyms. The longer synonyms compete with it for the best match.
         */
        @Override
        protected Query newGraphSynonymQuery(Iterator<Query> alternatives) {
            List<Query> queries = new ArrayList<>();
            List<Query> oneWord = new ArrayList<>();
            List<TermAndBoost> oneWordTerms = new ArrayList<>();
            String field = null;
            while (alternatives.hasNext()) {
                Query alternative = alternatives.next();
                Term term = singleTermOf(alternative);
                if (term == null) {
                    queries.add(perWord(alternative));
                } else {
                    field = term.field();
                    oneWord.add(alternative);
                    oneWordTerms.add(new TermAndBoost(term.bytes(),
                            alternative instanceof BoostQuery boosted ? boosted.getBoost() : 1f));
                }
            }
            if (oneWord.size() == 1) {
                queries.add(oneWord.get(0));
            } else if (oneWord.size() > 1) {
                queries.add(newSynonymQuery(field, oneWordTerms.toArray(TermAndBoost[]::new)));
            }
            return queries.size() == 1 ? queries.get(0) : new DisjunctionMaxQuery(queries, SYNONYM_TIE_BREAKER);
        }

        /** The term of a one-word alternative (a term query, boosted or not); null for longer ones. */
        private static Term singleTermOf(Query alternative) {
            float boost = alternative instanceof BoostQuery boosted ? boosted.getBoost() : 1f;
            Query inner = alternative instanceof BoostQuery boosted ? boosted.getQuery() : alternative;
            // a synonym's weight is at most 1: the typed word's
            return inner instanceof TermQuery term && boost > 0f && boost <= 1f ? term.getTerm() : null;
        }

        private static Query perWord(Query alternative) {
            int words = alternative instanceof BooleanQuery all ? all.clauses().size() : 1;
            return words > 1 ? new BoostQuery(alternative, 1f / words) : alternative;
        }
    }

    private static void addIfPresent(BooleanQuery.Builder into, Query query, float boost) {
        if (query != null) {
            into.add(boost == 1f ? query : new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        }
    }
}

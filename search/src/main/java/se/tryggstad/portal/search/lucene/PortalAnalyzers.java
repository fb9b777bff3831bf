package se.tryggstad.portal.search.lucene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The analysis of the portal's text, for indexing and for queries, in Swedish and English.
 *
 * <p>Swedish: standard tokenizer, lower case, Swedish stop words, compound splitting against
 * {@code compound-parts-sv.txt} (the compound is kept, its parts are added at the same position; when
 * indexing), stemming, then folding of å/ä/ö and other diacritics, because residents on phones without
 * a Swedish keyboard type "fritidsgard". Queries add synonyms after stemming, so a synonym rule
 * matches every inflection; synonyms are never indexed, so the rules can change without a rebuild.
 * English: possessive, lower case, stop words, Porter stemming, folding.
 *
 * <p>Index and query analysis must come from the same instance (or one made by
 * {@link #withSynonyms(Reader)}): they have to stem alike. Instances are immutable and thread-safe.
 */
public final class PortalAnalyzers {

    /** How Swedish words are stemmed; {@link #LIGHT} is the default, see {@code RelevanceTest}. */
    public enum SwedishStemming {
        /**
         * {@link SwedishLightStemFilter}, with a few corrections (see {@link SwedishStemCorrections}): unlike
         * Snowball it strips the definite "-et" (torget, stödet), which residents write all the time.
         */
        LIGHT,
        /** The Snowball Swedish stemmer. */
        SNOWBALL
    }

    static final String COMPOUND_PARTS_RESOURCE = "/se/tryggstad/portal/search/compound-parts-sv.txt";
    static final String SYNONYMS_RESOURCE = "/se/tryggstad/portal/search/synonyms-sv.txt";

    /** Keeps a phrase from matching across two tags of the same document. */
    private static final int POSITION_GAP_BETWEEN_VALUES = 100;
    /** A synonym counts a little less than the word that was typed. */
    private static final float SYNONYM_WEIGHT = 0.8f;
    private static final int MIN_COMPOUND_LENGTH = 5;
    private static final int MIN_PART_LENGTH = 3;
    private static final int MAX_PART_LENGTH = 15;
    /** Words too short to be worth offering as a spelling or a completion. */
    private static final int MIN_SUGGESTED_WORD_LENGTH = 3;
    private static final int MAX_SUGGESTED_WORD_LENGTH = 40;

    private static final CharArraySet SWEDISH_STOP_WORDS = SwedishAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet ALL_STOP_WORDS = union(SWEDISH_STOP_WORDS, ENGLISH_STOP_WORDS);

    private final SwedishStemming stemming;
    private final CharArraySet compoundParts;
    private final List<String> rejectedSynonymRules;

    private final Analyzer swedishIndex;
    private final Analyzer swedishQuery;
    private final Analyzer swedishPhrase;
    private final Analyzer englishIndex;
    private final Analyzer englishQuery;
    private final Analyzer englishPhrase;
    private final Analyzer surfaceWords;
    private final Analyzer foldedWords;
    private final Analyzer spellingWords;
    private final Analyzer completionWords;
    private final Analyzer forIndexing;

    private PortalAnalyzers(SwedishStemming stemming, CharArraySet compoundParts, String synonymRules) {
        this.stemming = stemming;
        this.compoundParts = compoundParts;

        swedishIndex = analyzer(in ->
                new RemoveDuplicatesTokenFilter(swedishStemAndFold(decompound(swedishWords(in)))));
        swedishPhrase = analyzer(in -> swedishStemAndFold(swedishWords(in)));
        englishIndex = analyzer(PortalAnalyzers::englishStemAndFold);
        englishPhrase = englishIndex;

        List<String> rejected = new ArrayList<>();
        SynonymMap swedishSynonyms = parseSynonyms(synonymRules, "sv",
                analyzer(in -> swedishStemAndFold(new ConsecutivePositionsFilter(swedishWords(in)))), rejected);
        SynonymMap englishSynonyms = parseSynonyms(synonymRules, "en",
                analyzer(in -> englishStemAndFold(in, true)), rejected);
        rejectedSynonymRules = List.copyOf(rejected);
        swedishQuery = analyzer(in -> withSynonyms(swedishStemAndFold(swedishWords(in)), swedishSynonyms));
        englishQuery = analyzer(in -> withSynonyms(englishStemAndFold(in), englishSynonyms));

        surfaceWords = analyzer(LowerCaseFilter::new);
        foldedWords = analyzer(in -> new FoldingFilter(new StopFilter(new LowerCaseFilter(in), ALL_STOP_WORDS)));
        spellingWords = analyzer(PortalAnalyzers::suggestableWords);
        completionWords = analyzer(in -> new CompletionKeyFilter(suggestableWords(in)));
        forIndexing = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            private final Analyzer keyword = new KeywordAnalyzer();

            @Override
            protected Analyzer getWrappedAnalyzer(String field) {
                if (IndexFields.isSwedishText(field)) {
                    return swedishIndex;
                }
                if (IndexFields.isEnglishText(field)) {
                    return englishIndex;
                }
                if (IndexFields.WORDS.equals(field)) {
                    return foldedWords;
                }
                if (IndexFields.isSpelling(field)) {
                    return spellingWords;
                }
                if (IndexFields.isCompletion(field)) {
                    return completionWords;
                }
                return keyword;
            }
        };
    }

    /** Light Swedish stemming and the synonyms on the classpath. */
    public static PortalAnalyzers defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same analysis with other synonym rules (e.g. the file staff have just edited). Index analysis
     * is unchanged, so the index needs no rebuild.
     */
    public PortalAnalyzers withSynonyms(Reader solrSynonymRules) throws IOException {
        return new PortalAnalyzers(stemming, compoundParts, readAll(solrSynonymRules));
    }

    /**
     * The synonym rules that could not be used, each as "language line n: rule (reason)", e.g. a rule
     * made only of stop words. Empty when all rules loaded; show them to whoever edits the file.
     */
    public List<String> rejectedSynonymRules() {
        return rejectedSynonymRules;
    }

    public SwedishStemming swedishStemming() {
        return stemming;
    }

    /** For the {@code IndexWriter}: picks the analysis by field name. */
    public Analyzer forIndexing() {
        return forIndexing;
    }

    public Analyzer swedishIndex() {
        return swedishIndex;
    }

    /** Swedish queries: like {@link #swedishIndex()} without compound splitting, plus synonyms. */
    public Analyzer swedishQuery() {
        return swedishQuery;
    }

    /** Swedish quoted phrases: no synonyms and no compound parts, so a phrase means what it says. */
    public Analyzer swedishPhrase() {
        return swedishPhrase;
    }

    public Analyzer englishIndex() {
        return englishIndex;
    }

    public Analyzer englishQuery() {
        return englishQuery;
    }

    public Analyzer englishPhrase() {
        return englishPhrase;
    }

    /** Splits typed compounds with the same parts the index analysis knows. */
    CompoundSplitter compoundSplitter() {
        return new CompoundSplitter(compoundParts, MIN_PART_LENGTH, MAX_PART_LENGTH);
    }

    /** Words as typed, lower-cased, nothing removed: how a query's text is split into words. */
    Analyzer surfaceWords() {
        return surfaceWords;
    }

    static boolean isStopWord(String lowerCaseWord) {
        return ALL_STOP_WORDS.contains(lowerCaseWord);
    }

    private static Analyzer analyzer(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new FoldingFilter(new LowerCaseFilter(in));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return POSITION_GAP_BETWEEN_VALUES;
            }
        };
    }

    private static TokenStream swedishWords(TokenStream in) {
        return new StopFilter(new LowerCaseFilter(in), SWEDISH_STOP_WORDS);
    }

    private TokenStream decompound(TokenStream in) {
        return new DictionaryCompoundWordTokenFilter(in, compoundParts, MIN_COMPOUND_LENGTH, MIN_PART_LENGTH,
                MAX_PART_LENGTH, false);
    }

    private TokenStream swedishStemAndFold(TokenStream in) {
        TokenStream stemmed = switch (stemming) {
            case LIGHT -> new SwedishLightStemFilter(new SwedishStemCorrections(in));
            case SNOWBALL -> new SnowballFilter(in, new SwedishStemmer());
        };
        return new FoldingFilter(stemmed);
    }

    private static TokenStream englishStemAndFold(TokenStream in) {
        return englishStemAndFold(in, false);
    }

    private static TokenStream englishStemAndFold(TokenStream in, boolean closeGaps) {
        TokenStream words = new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(in)), ENGLISH_STOP_WORDS);
        if (closeGaps) {
            words = new ConsecutivePositionsFilter(words);
        }
        return new FoldingFilter(new PorterStemFilter(words));
    }

    private static TokenStream suggestableWords(TokenStream in) {
        return new LengthFilter(new StopFilter(new LowerCaseFilter(in), ALL_STOP_WORDS),
                MIN_SUGGESTED_WORD_LENGTH, MAX_SUGGESTED_WORD_LENGTH);
    }

    /** An empty rule set has no FST, and the synonym filter refuses that. */
    private static TokenStream withSynonyms(TokenStream in, SynonymMap synonyms) {
        if (synonyms.fst == null) {
            return in;
        }
        return new SynonymWeightFilter(new SynonymGraphFilter(in, synonyms, false), SYNONYM_WEIGHT);
    }

    /**
     * Parses rule by rule, so that one bad line written by staff costs that line and not all synonyms.
     * The rules' words go through the same analysis as query words (stemmed, folded), so a rule on
     * "lampa" also fires for "lamporna".
     */
    private static SynonymMap parseSynonyms(String rules, String language, Analyzer ruleAnalyzer,
                                            List<String> rejected) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
        String[] lines = rules.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String rule = lines[i].strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            try {
                parser.parse(new StringReader(rule));
            } catch (ParseException | IllegalArgumentException e) {
                rejected.add(language + " line " + (i + 1) + ": " + rule + " (" + reason(e) + ")");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return Objects.requireNonNullElse(cause.getMessage(), cause.getClass().getSimpleName());
    }

    private static CharArraySet loadCompoundParts() {
        try (Reader reader = resource(COMPOUND_PARTS_RESOURCE)) {
            CharArraySet written = WordlistLoader.getWordSet(reader, "#", new CharArraySet(512, false));
            CharArraySet parts = new CharArraySet(written.size() * 2, false);
            for (Object part : written) {
                String word = new String((char[]) part);
                parts.add(word);
                // residents type "gard" for "gård"; their reports are indexed as they wrote them
                parts.add(Folding.fold(word));
            }
            return CharArraySet.unmodifiableSet(parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader resource(String name) {
        InputStream stream = PortalAnalyzers.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    private static String readAll(Reader reader) throws IOException {
        try (BufferedReader lines = new BufferedReader(reader)) {
            return lines.lines().collect(Collectors.joining("\n"));
        }
    }

    private static CharArraySet union(CharArraySet first, CharArraySet second) {
        CharArraySet union = new CharArraySet(first.size() + second.size(), false);
        union.addAll(first);
        union.addAll(second);
        return CharArraySet.unmodifiableSet(union);
    }

    /** Chooses the synonym rules and the Swedish stemming; everything else is fixed. */
    public static final class Builder {

        private SwedishStemming stemming = SwedishStemming.LIGHT;
        private String synonymRules;

        private Builder() {
        }

        public Builder swedishStemming(SwedishStemming stemming) {
            this.stemming = Objects.requireNonNull(stemming);
            return this;
        }

        /** Synonym rules in Solr format; without this, the rules on the classpath. */
        public Builder synonyms(Reader solrSynonymRules) throws IOException {
            this.synonymRules = readAll(solrSynonymRules);
            return this;
        }

        /** Synonym rules from a UTF-8 file, e.g. the one staff edit. */
        public Builder synonyms(Path solrSynonymFile) throws IOException {
            return synonyms(Files.newBufferedReader(solrSynonymFile, StandardCharsets.UTF_8));
        }

        public PortalAnalyzers build() {
            String rules = synonymRules;
            if (rules == null) {
                try {
                    rules = readAll(resource(SYNONYMS_RESOURCE));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new PortalAnalyzers(stemming, loadCompoundParts(), rules);
        }
    }
}

package se.tryggstad.portal.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.junit.jupiter.api.Test;

class SwedishStemCorrectionsTest {

    /** The corrections as they were first written: the specification the filter must meet. */
    private static final Pattern DEFINITE_PLURAL_AR = Pattern.compile("(?<=...)arna(?=s?$)");
    private static final Pattern DEFINITE_SINGULAR_A = Pattern.compile("(?<!pl)(?<=..[^aeiouyåäö])an$");
    private static final Pattern KEEP_AS_WRITTEN = Pattern.compile(
            ".*(ss|tt|plats|polis|resurs|kurs|status|fokus|chans|kaos|tips|paus|mars|plan)|.{3,}[^ae]n");

    private static final List<String> ENDINGS = List.of("", "a", "an", "en", "et", "er", "ar", "or", "arna", "arnas",
            "orna", "erna", "na", "n", "s", "ss", "tt", "ans", "ens", "plan", "plats", "status", "kaos", "mars");

    @Test
    void correctsAsTheRegularExpressionsDidForEveryPartAndInflection() throws IOException {
        List<String> words = words();
        assertTrue(words.size() > 100_000, "too few words to compare: " + words.size());

        List<String> expected = corrected(words, SwedishStemCorrectionsTest::byRegularExpressions);
        List<String> actual = corrected(words, SwedishStemCorrections::new);

        for (int i = 0; i < words.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "for " + words.get(i));
        }
    }

    @Test
    void definiteFormsMeetTheirBaseForm() throws IOException {
        assertEquals(List.of("ungdomar", "fritidsgårdars", "lampa", "gata"),
                corrected(List.of("ungdomarna", "fritidsgårdarnas", "lampan", "gatan"), SwedishStemCorrections::new));
    }

    @Test
    void wordsTheStemmerWouldCutWronglyAreKeptAsWritten() throws IOException {
        assertEquals(List.of("handlingsplan (kept)", "station (kept)", "busshållplats (kept)", "brott (kept)",
                        "kommun (kept)", "kommunen", "bron"),
                corrected(List.of("handlingsplan", "station", "busshållplats", "brott", "kommun", "kommunen", "bron"),
                        SwedishStemCorrections::new));
    }

    private static TokenStream byRegularExpressions(TokenStream in) {
        return new PatternKeywordMarkerFilter(
                new PatternReplaceFilter(new PatternReplaceFilter(in, DEFINITE_PLURAL_AR, "ar", false),
                        DEFINITE_SINGULAR_A, "a", false),
                KEEP_AS_WRITTEN);
    }

    /** Every compound part and short edge case, with and without each ending. */
    private static List<String> words() throws IOException {
        Set<String> stems = new LinkedHashSet<>(List.of("", "a", "ab", "abc", "abcd", "pl", "xpl", "xxpl", "arn", "xarn",
                "xxarn", "xxxarn", "ö", "xö", "xxö", "xxxö", "bro", "kommun", "station", "lamp", "gat"));
        try (InputStream parts = PortalAnalyzers.class.getResourceAsStream(PortalAnalyzers.COMPOUND_PARTS_RESOURCE)) {
            new String(parts.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(stems::add);
        }
        Set<String> words = new LinkedHashSet<>();
        for (String stem : stems) {
            for (String ending : ENDINGS) {
                for (String more : ENDINGS) {
                    String word = stem + ending + more;
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        }
        return new ArrayList<>(words);
    }

    private static List<String> corrected(List<String> words, UnaryOperator<TokenStream> corrections) throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(String.join(" ", words)));
        List<String> out = new ArrayList<>();
        try (TokenStream stream = corrections.apply(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + (keyword.isKeyword() ? " (kept)" : ""));
            }
            stream.end();
        }
        return out;
    }
}

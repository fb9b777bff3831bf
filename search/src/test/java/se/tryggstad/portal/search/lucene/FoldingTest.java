package se.tryggstad.portal.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Lucene's {@link ASCIIFoldingFilter} is the specification: the table must fold exactly as it does. */
class FoldingTest {

    @Test
    void foldsEveryCharacterAsLuceneDoes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char[] one = {(char) c};
            assertEquals(lucene(one), ours(one), "for U+" + Integer.toHexString(c));
        }
    }

    @Test
    void foldsMixedTextAsLuceneDoes() {
        Random random = new Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            char[] text = randomText(random);
            assertEquals(lucene(text), ours(text), "for " + new String(text));
        }
    }

    @Test
    void theFilterGivesTheTermsLucenesFilterGives() throws IOException {
        Random random = new Random(7);
        List<String> tokens = new ArrayList<>(List.of("fritidsgården", "Ærø", "straße", "⑽", "plain", "", "ǅemal"));
        for (int i = 0; i < 5_000; i++) {
            tokens.add(new String(randomText(random)));
        }
        assertEquals(terms(tokens, ASCIIFoldingFilter::new), terms(tokens, FoldingFilter::new));
    }

    @Test
    void swedishLettersLoseTheirMarks() {
        assertEquals("fritidsgarden i rasunda", Folding.fold("Fritidsgården i Råsunda"));
        assertEquals("oland aer strasse", Folding.fold("Öland Ær straße"));
    }

    /** Mostly ASCII with Latin letters carrying marks, some of anything, some expanding ones. */
    private static char[] randomText(Random random) {
        char[] text = new char[1 + random.nextInt(30)];
        for (int j = 0; j < text.length; j++) {
            text[j] = switch (random.nextInt(4)) {
                case 0 -> (char) ('a' + random.nextInt(26));
                case 1 -> (char) (0x00C0 + random.nextInt(0x0250 - 0x00C0));
                case 2 -> (char) (0x2460 + random.nextInt(0x24FF - 0x2460));
                default -> (char) random.nextInt(Character.MAX_VALUE + 1);
            };
        }
        return text;
    }

    private static String lucene(char[] text) {
        char[] output = new char[text.length * Folding.MAX_EXPANSION];
        return new String(output, 0, ASCIIFoldingFilter.foldToASCII(text, 0, output, 0, text.length));
    }

    private static String ours(char[] text) {
        char[] output = new char[text.length * Folding.MAX_EXPANSION];
        return new String(output, 0, Folding.fold(text, text.length, output));
    }

    private static List<String> terms(List<String> tokens, UnaryOperator<TokenStream> folding) throws IOException {
        List<String> terms = new ArrayList<>();
        for (String token : tokens) {
            Tokenizer tokenizer = new KeywordTokenizer();
            tokenizer.setReader(new StringReader(token));
            try (TokenStream stream = folding.apply(tokenizer)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            }
        }
        return terms;
    }
}

package se.tryggstad.portal.search.lucene;

import java.util.Locale;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Lower-casing and diacritic folding outside a token stream, the same as the analyzers do inside
 * one: "Fritidsgården" and "fritidsgarden" must meet wherever text is compared.
 */
final class Folding {

    private Folding() {
    }

    static String fold(String text) {
        char[] input = text.toLowerCase(Locale.ROOT).toCharArray();
        // one character can fold to up to four (e.g. a ligature)
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }

    /** Folded, with runs of white space made one space: how typed text and titles are compared. */
    static String foldPhrase(String text) {
        return fold(text.strip().replaceAll("\\s+", " "));
    }
}

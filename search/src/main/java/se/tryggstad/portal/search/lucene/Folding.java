package se.tryggstad.portal.search.lucene;

import java.util.Arrays;
import java.util.Locale;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Diacritic folding as Lucene's {@link ASCIIFoldingFilter} does it ("Fritidsgården" and
 * "fritidsgarden" must meet wherever text is compared), from a table read out of that filter once.
 *
 * <p>Why a table: {@link ASCIIFoldingFilter#foldToASCII} is one switch of 14 000 bytes of bytecode,
 * over the JIT's limit for a method (8 000), so it always runs in the interpreter. A JFR profile of
 * the outbox poller under load found a tenth of its time there (ADR 0014). The filter folds each
 * character on its own, so asking it once per character gives the same output.
 */
final class Folding {

    private static final char FIRST_NON_ASCII = '\u0080';
    /** What each character from U+0080 folds to, or {@code null} where it stays as it is. */
    private static final char[][] FOLDED = readOutOfLucene();
    /** The most characters one character folds to ("⑽" gives "(10)"). */
    static final int MAX_EXPANSION = 4;

    private Folding() {
    }

    /** Lower-cased and folded, as the analyzers do inside a token stream. */
    static String fold(String text) {
        String lowerCase = text.toLowerCase(Locale.ROOT);
        char[] input = lowerCase.toCharArray();
        if (!needsFolding(input, input.length)) {
            return lowerCase;
        }
        char[] output = new char[input.length * MAX_EXPANSION];
        int length = fold(input, input.length, output);
        return new String(output, 0, length);
    }

    /** Folded, with runs of white space made one space: how typed text and titles are compared. */
    static String foldPhrase(String text) {
        return fold(text.strip().replaceAll("\\s+", " "));
    }

    /** True if some of the first {@code length} characters may fold to something else. */
    static boolean needsFolding(char[] input, int length) {
        for (int i = 0; i < length; i++) {
            if (input[i] >= FIRST_NON_ASCII) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folds the first {@code length} characters of {@code input} into {@code output}, which must hold
     * {@value #MAX_EXPANSION} times as many; returns how many it wrote.
     */
    static int fold(char[] input, int length, char[] output) {
        int written = 0;
        for (int i = 0; i < length; i++) {
            char c = input[i];
            char[] folded = c < FIRST_NON_ASCII ? null : FOLDED[c - FIRST_NON_ASCII];
            if (folded == null) {
                output[written++] = c;
            } else {
                System.arraycopy(folded, 0, output, written, folded.length);
                written += folded.length;
            }
        }
        return written;
    }

    private static char[][] readOutOfLucene() {
        char[][] table = new char[Character.MAX_VALUE + 1 - FIRST_NON_ASCII][];
        char[] one = new char[1];
        char[] folded = new char[MAX_EXPANSION];
        for (int c = FIRST_NON_ASCII; c <= Character.MAX_VALUE; c++) {
            one[0] = (char) c;
            int length = ASCIIFoldingFilter.foldToASCII(one, 0, folded, 0, 1);
            if (length != 1 || folded[0] != c) {
                table[c - FIRST_NON_ASCII] = Arrays.copyOf(folded, length);
            }
        }
        return table;
    }
}

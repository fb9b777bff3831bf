package se.tryggstad.portal.search.lucene;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Splits a typed Swedish compound into the known parts it is made of, in order: "brottsofferstöd" →
 * brottsoffer, stöd; "fritidsgårdarna" → fritids, gårdarna. A linking s between parts is dropped, and
 * a short inflection ending stays with the last part. Words that are not made entirely of known
 * parts are no compound.
 *
 * <p>The index's compound filter marks every known part inside a word, not the parts in order; the
 * query side needs the order to look for the parts as neighbouring words ("stöd till brottsoffer").
 */
final class CompoundSplitter {

    /** "-arna", "-en", "-ar": what may follow the last part. */
    private static final int MAX_ENDING_LENGTH = 4;

    private final CharArraySet parts;
    private final int minPartLength;
    private final int maxPartLength;

    CompoundSplitter(CharArraySet parts, int minPartLength, int maxPartLength) {
        this.parts = parts;
        this.minPartLength = minPartLength;
        this.maxPartLength = maxPartLength;
    }

    /** The parts, two or more; empty if the word is not a compound of known parts. */
    List<String> split(String word) {
        List<String> split = splitFrom(word, 0);
        return split == null || split.size() < 2 ? List.of() : split;
    }

    private List<String> splitFrom(String word, int from) {
        for (int length = Math.min(maxPartLength, word.length() - from); length >= minPartLength; length--) {
            if (!parts.contains(word.toCharArray(), from, length)) {
                continue;
            }
            int next = from + length;
            if (next == word.length()) {
                return withFirst(word.substring(from, next), new ArrayList<>());
            }
            List<String> rest = splitFrom(word, next);
            if (rest == null && word.charAt(next) == 's') {
                rest = splitFrom(word, next + 1);
            }
            if (rest != null) {
                return withFirst(word.substring(from, next), rest);
            }
            if (word.length() - next <= MAX_ENDING_LENGTH) {
                return withFirst(word.substring(from), new ArrayList<>());
            }
        }
        return null;
    }

    private static List<String> withFirst(String first, List<String> rest) {
        rest.add(0, first);
        return rest;
    }
}

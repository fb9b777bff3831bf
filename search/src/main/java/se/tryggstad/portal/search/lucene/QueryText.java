package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A resident's search text taken apart: quoted phrases and the other words, lower-cased. Every
 * character that is not part of a word (Lucene syntax included) is only a separator here, and the
 * number of words is capped, so any input yields a small, valid query.
 */
public record QueryText(List<String> words, List<List<String>> phrases) {

    /** Straight and typographic quotes: phones turn " into ” or “. */
    private static final String QUOTES = "\"\u201c\u201d\u201e";

    public QueryText {
        words = List.copyOf(words);
        phrases = phrases.stream().map(List::copyOf).toList();
    }

    static QueryText parse(String text, Analyzer surfaceWords, int maxWords, int maxPhrases) {
        List<String> words = new ArrayList<>();
        List<List<String>> phrases = new ArrayList<>();
        StringBuilder unquoted = new StringBuilder();
        int position = 0;
        while (position < text.length()) {
            int open = indexOfQuote(text, position);
            int close = open < 0 ? -1 : indexOfQuote(text, open + 1);
            if (close < 0) {
                // no quote, or one left open: the rest is plain text
                unquoted.append(text, position, text.length()).append(' ');
                break;
            }
            unquoted.append(text, position, open).append(' ');
            List<String> phrase = words(text.substring(open + 1, close), surfaceWords, maxWords);
            if (!phrase.isEmpty() && phrases.size() < maxPhrases) {
                phrases.add(phrase);
            }
            position = close + 1;
        }
        words.addAll(words(unquoted.toString(), surfaceWords, maxWords));
        return new QueryText(words, phrases);
    }

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** The words that carry meaning: stop words left out. */
    public List<String> contentWords() {
        return words.stream().filter(word -> !PortalAnalyzers.isStopWord(word)).toList();
    }

    static String join(List<String> words) {
        return String.join(" ", words);
    }

    private static int indexOfQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (QUOTES.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> words(String text, Analyzer surfaceWords, int maxWords) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = surfaceWords.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (words.size() < maxWords && stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words;
    }
}

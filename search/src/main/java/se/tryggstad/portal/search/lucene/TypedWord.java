package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** A word in typed text, lower-cased, with where it stands, so it can be replaced or completed. */
record TypedWord(String word, int start, int end) {

    static List<TypedWord> in(String text, Analyzer surfaceWords, int maxWords) {
        List<TypedWord> words = new ArrayList<>();
        try (TokenStream stream = surfaceWords.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (words.size() < maxWords && stream.incrementToken()) {
                words.add(new TypedWord(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words;
    }
}

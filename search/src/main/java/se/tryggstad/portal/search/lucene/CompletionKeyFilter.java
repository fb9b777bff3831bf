package se.tryggstad.portal.search.lucene;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns a word into "folded word, separator, word as written". Completion terms then sort and seek by
 * the folded form, so "fritidsga" (typed without å) finds them, while the part after the separator
 * is what the search box shows: "fritidsgården".
 */
final class CompletionKeyFilter extends TokenFilter {

    /** Sorts below every letter, so "brott" and its completions stay next to each other. */
    static final char SEPARATOR = '\u001f';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    CompletionKeyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String written = term.toString();
        term.setEmpty().append(key(written)).append(SEPARATOR).append(written);
        return true;
    }

    static String key(String word) {
        return Folding.fold(word);
    }

    /** The word as written, from a completion term. */
    static String written(String completionTerm) {
        return completionTerm.substring(completionTerm.indexOf(SEPARATOR) + 1);
    }
}

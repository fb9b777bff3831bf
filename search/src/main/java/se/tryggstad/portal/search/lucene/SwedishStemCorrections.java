package se.tryggstad.portal.search.lucene;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.util.StemmerUtil;

/**
 * Corrects lower-cased Swedish words before {@code SwedishLightStemFilter} sees them, where the light
 * stemmer alone would keep inflections of one word apart or cut a word wrongly:
 * <ul>
 *   <li>the definite plural "-arna" (ungdomarna, fritidsgårdarna), which the stemmer does not know,
 *       becomes "-ar" and is stemmed like the indefinite plural (also "-arnas" to "-ars");</li>
 *   <li>the definite singular of words ending in -a ("lampan", "gatan") becomes "-a": the stemmer
 *       would cut only the n and keep "lampa" apart from "lampa" itself, which it stems to "lamp".
 *       Not after "pl", so that "handlingsplan" stays a plan, nor after a vowel ("station");</li>
 *   <li>words it would cut wrongly are marked as keywords, kept as written: a final s that is no
 *       genitive ("plats" would become "pla" but "platsen" "plats"; also inside compounds:
 *       "busshållplats"), a final double consonant ("brott" would become "brot" but "brottet"
 *       "brott"), and a final n that is no definite ending ("kommun", "person", "station" would lose
 *       it, but not "kommunen"). Short words like "bron" keep losing their definite n.</li>
 * </ul>
 *
 * <p>These are suffix checks on the term's characters. They were regular expressions, which took
 * about a twentieth of the server's CPU while reports were submitted (ADR 0014); the test holds the
 * expressions as the specification.
 */
final class SwedishStemCorrections extends TokenFilter {

    private static final String[] KEPT_ENDINGS = {
        "ss", "tt", "plats", "polis", "resurs", "kurs", "status", "fokus", "chans", "kaos", "tips", "paus",
        "mars", "plan"
    };
    private static final String VOWELS = "aeiouyåäö";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SwedishStemCorrections(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        shortenDefinitePluralAr();
        shortenDefiniteSingularA();
        if (keptAsWritten()) {
            keyword.setKeyword(true);
        }
        return true;
    }

    /** "-arna" to "-ar" and "-arnas" to "-ars", after at least three letters. */
    private void shortenDefinitePluralAr() {
        char[] chars = term.buffer();
        int length = term.length();
        int genitive = length > 0 && chars[length - 1] == 's' ? 1 : 0;
        int arna = length - genitive - 4;
        if (arna >= 3 && StemmerUtil.endsWith(chars, arna + 4, "arna")) {
            if (genitive == 1) {
                chars[arna + 2] = 's';
            }
            term.setLength(arna + 2 + genitive);
        }
    }

    /** "-an" to "-a" after at least three letters, the last no vowel, the last two not "pl". */
    private void shortenDefiniteSingularA() {
        char[] chars = term.buffer();
        int length = term.length();
        if (length >= 5 && chars[length - 2] == 'a' && chars[length - 1] == 'n'
                && VOWELS.indexOf(chars[length - 3]) < 0
                && !(chars[length - 4] == 'p' && chars[length - 3] == 'l')) {
            term.setLength(length - 1);
        }
    }

    private boolean keptAsWritten() {
        char[] chars = term.buffer();
        int length = term.length();
        for (String ending : KEPT_ENDINGS) {
            if (StemmerUtil.endsWith(chars, length, ending)) {
                return true;
            }
        }
        if (length < 5 || chars[length - 1] != 'n') {
            return false;
        }
        char beforeN = chars[length - 2];
        return beforeN != 'a' && beforeN != 'e';
    }
}

package se.tryggstad.portal.search.lucene;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Gives the words a synonym rule added a weight below one, so that a page with the word the resident
 * typed ranks above a page with only a synonym of it. Lucene's query building reads the weight.
 */
final class SynonymWeightFilter extends TokenFilter {

    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final BoostAttribute boost = addAttribute(BoostAttribute.class);
    private final float weight;

    SynonymWeightFilter(TokenStream input, float weight) {
        super(input);
        this.weight = weight;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
            boost.setBoost(weight);
        }
        return true;
    }
}

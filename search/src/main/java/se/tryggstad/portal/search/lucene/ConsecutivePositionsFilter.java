package se.tryggstad.portal.search.lucene;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Closes the gaps that removed stop words leave. The synonym parser rejects gaps, and a rule like
 * "våld i nära relationer" must still load: it is matched as "våld nära relationer".
 */
final class ConsecutivePositionsFilter extends TokenFilter {

    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

    ConsecutivePositionsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (positionIncrement.getPositionIncrement() > 1) {
            positionIncrement.setPositionIncrement(1);
        }
        return true;
    }
}

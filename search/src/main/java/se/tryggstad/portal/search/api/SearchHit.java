package se.tryggstad.portal.search.api;

import java.time.Instant;

/**
 * One found document.
 *
 * @param snippet the best passage of the text, HTML-escaped, with the matched words in {@code <mark>}
 */
public record SearchHit(String uid, DocumentType type, String title, String snippet, String url, Instant updated,
                        float score) {
}

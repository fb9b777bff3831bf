package se.tryggstad.portal.search.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a context hands to search: public text only. Personal data (a reporter's name, e-mail or
 * phone) must never be put in any field.
 *
 * @param uid       unique over all types, e.g. {@code support:12}; the key of upserts and deletes
 * @param type      one of {@link DocumentType}'s ids, e.g. {@code support}
 * @param language  {@code sv} or {@code en}: decides the analysis
 * @param audiences who may find it; at least one
 * @param tags      words that describe it (boosted like the title)
 * @param facets    extra filterable values, e.g. {@code category=belysning}
 * @param geo       where it is, if it has a place
 * @param url       the page that shows it, relative to the portal root
 * @param version   the source's optimistic-lock version; an older version never overwrites a newer one
 */
public record IndexDocument(String uid, String type, String title, String body, String language,
                            Set<Audience> audiences, List<String> tags, Map<String, String> facets,
                            GeoPoint geo, String url, Instant updated, long version) {

    public IndexDocument {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        body = body == null ? "" : body;
        if (!"sv".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("language is sv or en, not " + language);
        }
        if (audiences == null || audiences.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one audience: " + uid);
        }
        audiences = Set.copyOf(audiences);
        tags = tags == null ? List.of() : List.copyOf(tags);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(updated, "updated");
    }
}

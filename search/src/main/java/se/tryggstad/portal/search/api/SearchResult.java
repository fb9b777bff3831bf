package se.tryggstad.portal.search.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a {@link SearchQuery}.
 *
 * <p>Counts are exact for a modest number of matches; for many (a common word in a large index) they
 * are lower bounds, "at least", which is what lets the search skip the documents that cannot reach
 * the page.
 *
 * @param total           how many documents match (for this viewer, with the type filter)
 * @param totalExact      whether {@code total} is exact; otherwise at least that many match
 * @param typeCounts      matches per type without the type filter, for the facet list
 * @param typeCountsExact whether {@code typeCounts} are exact; otherwise at least those many
 * @param suggestion      a better-spelled query when there are no or few hits ("Menade du …?")
 */
public record SearchResult(long total, boolean totalExact, List<SearchHit> hits, Map<DocumentType, Long> typeCounts,
                           boolean typeCountsExact, Optional<String> suggestion, int page, int pageSize) {

    public SearchResult {
        hits = List.copyOf(hits);
        typeCounts = Map.copyOf(typeCounts);
    }

    /** A result with exact counts. */
    public SearchResult(long total, List<SearchHit> hits, Map<DocumentType, Long> typeCounts,
                        Optional<String> suggestion, int page, int pageSize) {
        this(total, true, hits, typeCounts, true, suggestion, page, pageSize);
    }
}

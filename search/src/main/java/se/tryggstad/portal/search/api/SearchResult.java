package se.tryggstad.portal.search.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param total      how many documents match (for this viewer, with the type filter)
 * @param typeCounts matches per type without the type filter, for the facet list
 * @param suggestion a better-spelled query when there are no or few hits ("Menade du …?")
 */
public record SearchResult(long total, List<SearchHit> hits, Map<DocumentType, Long> typeCounts,
                           Optional<String> suggestion, int page, int pageSize) {

    public SearchResult {
        hits = List.copyOf(hits);
        typeCounts = Map.copyOf(typeCounts);
    }
}

package se.tryggstad.portal.finder.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.tryggstad.portal.finder.SearchParameters;
import se.tryggstad.portal.finder.ViewerOf;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.SearchHit;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchResult;
import se.tryggstad.portal.search.api.SearchService;
import se.tryggstad.portal.search.api.Viewer;
import se.tryggstad.portal.shared.rest.Problem;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Searching the portal's content, as far as the caller may see it: {@code /api/search}. */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "A parameter is wrong; errors names it.",
        content = @Content(mediaType = Problem.MEDIA_TYPE))
public class SearchResource {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_SUGGESTIONS = 8;
    static final int MAX_SUGGEST_LENGTH = 100;

    /**
     * One page of results. {@code page} is 0-based; {@code suggestion} is null when there is none.
     * {@code totalExact} and {@code facetCountsExact} are false when so many match that the counts are
     * lower bounds (at least that many); the hits are exact either way.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"total", "totalExact", "page", "pageSize", "hits", "facets", "facetCountsExact",
            "suggestion"})
    public record SearchResponse(long total, boolean totalExact, int page, int pageSize, List<Hit> hits,
                                 List<Facet> facets, boolean facetCountsExact, String suggestion) {

        static SearchResponse nothingAsked(int page, int pageSize) {
            return new SearchResponse(0, true, page, pageSize, List.of(), List.of(), true, null);
        }

        static SearchResponse of(SearchResult result) {
            return new SearchResponse(result.total(), result.totalExact(), result.page(), result.pageSize(),
                    result.hits().stream().map(Hit::of).toList(), Facet.of(result.typeCounts()),
                    result.typeCountsExact(), result.suggestion().orElse(null));
        }
    }

    /** One found document. The snippet is HTML: escaped text with the matched words in {@code <mark>}. */
    @JsonbPropertyOrder({"uid", "type", "title", "snippet", "url", "updated"})
    public record Hit(String uid, String type, String title, String snippet, String url, Instant updated) {

        static Hit of(SearchHit hit) {
            return new Hit(hit.uid(), hit.type().id(), hit.title(), hit.snippet(), hit.url(), hit.updated());
        }
    }

    /** How many documents of one type match, whatever the type filter; only types that have any. */
    public record Facet(String type, long count) {

        static List<Facet> of(Map<DocumentType, Long> counts) {
            return Arrays.stream(DocumentType.values())
                    .filter(type -> counts.getOrDefault(type, 0L) > 0)
                    .map(type -> new Facet(type.id(), counts.get(type)))
                    .toList();
        }
    }

    @Inject
    SearchService search;

    @Inject
    ViewerOf viewerOf;

    @GET
    @Operation(summary = "Söker bland det innehåll anroparen får se; en tom sökning ger inga träffar.")
    public SearchResponse search(
            @Parameter(description = "Sökord; citattecken för en exakt fras. Högst 1000 tecken.")
            @QueryParam("q") String q,
            @Parameter(description = "Bara dessa typer: support, course, activity, report, forum, remiss. Upprepa eller kommaseparera.")
            @QueryParam("type") List<String> type,
            @Parameter(description = "Sida, från 0 till 100.") @QueryParam("page") String page,
            @Parameter(description = "Träffar per sida, 1 till 50; 10 om inget anges.") @QueryParam("size") String size) {
        SearchParameters parameters = new SearchParameters();
        String text = parameters.text("q", q, SearchQuery.MAX_TEXT_LENGTH);
        Set<DocumentType> types = parameters.types("type", type);
        int pageIndex = parameters.number("page", page, 0, 0, SearchQuery.MAX_PAGE);
        int pageSize = parameters.number("size", size, DEFAULT_PAGE_SIZE, 1, SearchQuery.MAX_PAGE_SIZE);
        requireValid(parameters);
        if (text.isEmpty()) {
            return SearchResponse.nothingAsked(pageIndex, pageSize);
        }
        return SearchResponse.of(search.search(query(text, types, pageIndex, pageSize, viewerOf.currentCaller())));
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Upp till åtta kompletteringar av det som skrivits, för sökrutan.")
    public List<String> suggest(
            @Parameter(description = "Det som skrivits hittills, högst 100 tecken.") @QueryParam("q") String q) {
        SearchParameters parameters = new SearchParameters();
        String typed = parameters.text("q", q, MAX_SUGGEST_LENGTH);
        requireValid(parameters);
        if (typed.isEmpty()) {
            return List.of();
        }
        return search.suggest(typed, viewerOf.currentCaller(), MAX_SUGGESTIONS).stream()
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** The parameters are checked already; this is the search API's own last word on them. */
    private static SearchQuery query(String text, Set<DocumentType> types, int page, int pageSize, Viewer viewer) {
        try {
            return new SearchQuery(text, types, page, pageSize, viewer);
        } catch (IllegalArgumentException rejected) {
            throw new InvalidSearchRequest(List.of(new SearchParameters.Invalid("q",
                    List.of(SearchQuery.MAX_TEXT_LENGTH))));
        }
    }

    private static void requireValid(SearchParameters parameters) {
        if (!parameters.allValid()) {
            throw new InvalidSearchRequest(parameters.invalid());
        }
    }
}

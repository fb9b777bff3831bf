package se.tryggstad.portal.finder.rest;

import org.junit.jupiter.api.Test;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchResourceTest {

    private static final Instant UPDATED = Instant.parse("2026-11-25T09:30:00Z");

    private final List<SearchQuery> asked = new ArrayList<>();
    private final List<String> suggestionsAskedFor = new ArrayList<>();
    private SearchResult answer = new SearchResult(0, List.of(), Map.of(), Optional.empty(), 0, 10);

    private final SearchResource resource = new SearchResource();

    SearchResourceTest() {
        resource.search = new SearchService() {
            @Override
            public SearchResult search(SearchQuery query) {
                asked.add(query);
                return answer;
            }

            @Override
            public List<String> suggest(String typed, Viewer viewer, int max) {
                suggestionsAskedFor.add(typed);
                return IntStream.rangeClosed(1, 20).mapToObj(n -> typed + n).toList();
            }
        };
        resource.viewerOf = new ViewerOf() {
            @Override
            public Viewer currentCaller() {
                return Viewer.staff();
            }
        };
    }

    @Test
    void theQueryIsPassedOnWithTheCallersViewer() {
        resource.search("trasig lampa", List.of("report,support"), "2", "25");

        SearchQuery query = asked.get(0);
        assertEquals("trasig lampa", query.text());
        assertEquals(Set.of(DocumentType.REPORT, DocumentType.SUPPORT), query.types());
        assertEquals(2, query.page());
        assertEquals(25, query.pageSize());
        assertEquals(Viewer.staff(), query.viewer());
    }

    @Test
    void withoutPageAndSizeTheFirstTenAreAskedFor() {
        resource.search("klotter", null, null, null);

        assertEquals(0, asked.get(0).page());
        assertEquals(SearchResource.DEFAULT_PAGE_SIZE, asked.get(0).pageSize());
        assertEquals(Set.of(), asked.get(0).types());
    }

    @Test
    void anEmptyQueryFindsNothingWithoutAskingSearch() {
        SearchResource.SearchResponse response = resource.search("   ", null, "3", "20");

        assertEquals(new SearchResource.SearchResponse(0, true, 3, 20, List.of(), List.of(), true, null), response);
        assertTrue(asked.isEmpty());
    }

    @Test
    void theResultIsShownWithTypeIdsAndOnlyTheTypesThatHaveMatches() {
        answer = new SearchResult(13,
                List.of(new SearchHit("support:12", DocumentType.SUPPORT, "Stöd efter brott",
                        "Om du har <mark>utsatts</mark> för brott", "stod.xhtml#s12", UPDATED, 2.5f)),
                Map.of(DocumentType.REMISS, 1L, DocumentType.SUPPORT, 12L, DocumentType.FORUM, 0L),
                Optional.of("utsatt"), 1, 10);

        SearchResource.SearchResponse response = resource.search("utsats", null, "1", null);

        assertEquals(13, response.total());
        assertEquals(1, response.page());
        assertEquals(10, response.pageSize());
        assertEquals(List.of(new SearchResource.Hit("support:12", "support", "Stöd efter brott",
                "Om du har <mark>utsatts</mark> för brott", "stod.xhtml#s12", UPDATED)), response.hits());
        assertEquals(List.of(new SearchResource.Facet("support", 12), new SearchResource.Facet("remiss", 1)),
                response.facets());
        assertEquals("utsatt", response.suggestion());
    }

    @Test
    void countsThatAreLowerBoundsSaySo() {
        answer = new SearchResult(1_000, false, List.of(), Map.of(DocumentType.REPORT, 900L), false,
                Optional.empty(), 0, 10);

        SearchResource.SearchResponse response = resource.search("trygghet", null, null, null);

        assertEquals(1_000, response.total());
        assertFalse(response.totalExact());
        assertFalse(response.facetCountsExact());
        assertTrue(resource.search("trygghet", List.of("report"), null, null).facets().contains(
                new SearchResource.Facet("report", 900)));
    }

    @Test
    void withoutASuggestionTheSuggestionIsNull() {
        assertNull(resource.search("lampa", null, null, null).suggestion());
    }

    @Test
    void searchSyntaxIsPassedOnAsText() {
        String odd = "title:x AND (\"unclosed *? ~2 \\";
        resource.search(odd, null, null, null);
        assertEquals(odd, asked.get(0).text());
    }

    @Test
    void aTooLongQueryIsRejected() {
        assertEquals(List.of("q"), rejected(() -> resource.search("a".repeat(1001), null, null, null)));
        assertTrue(asked.isEmpty());
    }

    @Test
    void aQueryOfTheMaximumLengthIsAccepted() {
        resource.search("a".repeat(SearchQuery.MAX_TEXT_LENGTH), null, null, null);
        assertEquals(1, asked.size());
    }

    @Test
    void anUnknownTypeIsRejected() {
        assertEquals(List.of("type"), rejected(() -> resource.search("x", List.of("support", "secret"), null, null)));
    }

    @Test
    void aPageOutsideZeroToHundredOrNotANumberIsRejected() {
        for (String page : List.of("-1", "101", "abc", "1.0")) {
            assertEquals(List.of("page"), rejected(() -> resource.search("x", null, page, null)), page);
        }
        resource.search("x", null, "100", null);
        assertEquals(100, asked.get(0).page());
    }

    @Test
    void aSizeOutsideOneToFiftyOrNotANumberIsRejected() {
        for (String size : List.of("0", "51", "ten")) {
            assertEquals(List.of("size"), rejected(() -> resource.search("x", null, null, size)), size);
        }
    }

    @Test
    void anEmptySizeIsTheDefault() {
        resource.search("x", null, "", "");
        assertEquals(SearchResource.DEFAULT_PAGE_SIZE, asked.get(0).pageSize());
        assertEquals(0, asked.get(0).page());
    }

    @Test
    void everyWrongParameterIsNamedAtOnce() {
        assertEquals(List.of("q", "type", "page", "size"),
                rejected(() -> resource.search("a".repeat(1001), List.of("x"), "-5", "999")));
    }

    @Test
    void theClientIsToldInSwedishWhatIsWrong() {
        InvalidSearchRequest invalid = assertThrows(InvalidSearchRequest.class,
                () -> resource.search("a".repeat(1001), null, "abc", "0"));

        assertEquals(List.of(
                        new Problem.FieldError("q", "Skriv en kortare sökning: högst 1000 tecken."),
                        new Problem.FieldError("page", "Sidan ska vara ett heltal från 0 till 100."),
                        new Problem.FieldError("size",
                                "Antalet träffar per sida ska vara ett heltal från 1 till 50.")),
                InvalidSearchRequestMapper.fieldErrors(invalid.invalid()));
    }

    @Test
    void suggestionsAreAtMostEight() {
        List<String> suggestions = resource.suggest(" tr ");

        assertEquals(SearchResource.MAX_SUGGESTIONS, suggestions.size());
        assertEquals(List.of("tr"), suggestionsAskedFor);
    }

    @Test
    void nothingTypedSuggestsNothing() {
        assertEquals(List.of(), resource.suggest(null));
        assertEquals(List.of(), resource.suggest("  "));
        assertTrue(suggestionsAskedFor.isEmpty());
    }

    @Test
    void suggestionsAreForAtMostAHundredCharacters() {
        resource.suggest("a".repeat(100));
        assertEquals(List.of("q"), rejected(() -> resource.suggest("a".repeat(101))));
        assertEquals(1, suggestionsAskedFor.size());
    }

    private static List<String> rejected(Runnable request) {
        return assertThrows(InvalidSearchRequest.class, request::run).invalid().stream()
                .map(SearchParameters.Invalid::parameter)
                .toList();
    }
}

package se.tryggstad.portal.finder.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.finder.SearchParameters;
import se.tryggstad.portal.finder.ViewerOf;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.SearchHit;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchResult;
import se.tryggstad.portal.search.api.SearchService;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search page. Everything it shows comes from the URL ({@code q}, {@code typ}, {@code sida}),
 * so a result page can be bookmarked, shared and used without JavaScript.
 */
@Named
@RequestScoped
public class SearchView {

    static final int PAGE_SIZE = 10;

    /** Only staff can find remisser; for anyone else a Remisser facet would always be empty. */
    private static final Set<DocumentType> SHOWN_ONLY_WHEN_FOUND = Set.of(DocumentType.REMISS);

    private static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");

    /** One type to narrow the results to. */
    public record Facet(String id, long count, boolean selected, String href) {
    }

    @Inject
    SearchService search;

    @Inject
    ViewerOf viewerOf;

    private String q;
    private String typ;
    private String sida;

    private List<SearchParameters.Invalid> invalid = List.of();
    private SearchResult result;
    /** The type filter in its canonical form, for links; null for all types. */
    private String selectedType;

    public void search() {
        SearchParameters parameters = new SearchParameters();
        String text = parameters.text("q", q, SearchQuery.MAX_TEXT_LENGTH);
        Set<DocumentType> types = parameters.types("typ", typ == null ? List.of() : List.of(typ));
        int pageIndex = parameters.number("sida", sida, 1, 1, SearchQuery.MAX_PAGE + 1) - 1;
        if (parameters.allValid() && !text.isEmpty()) {
            selectedType = types.isEmpty() ? null
                    : types.stream().sorted().map(DocumentType::id).collect(Collectors.joining(","));
            try {
                result = search.search(new SearchQuery(text, types, pageIndex, PAGE_SIZE, viewerOf.currentCaller()));
            } catch (IllegalArgumentException rejected) {
                parameters.reject("q", List.of(SearchQuery.MAX_TEXT_LENGTH));
            }
        }
        invalid = parameters.invalid();
    }

    /** In the page's language, which is only certain once the view is rendered, not when it is searched. */
    public List<String> getProblems() {
        return invalid.stream().map(wrong -> FacesMessages.text(wrong.messageKey(), wrong.messageArguments())).toList();
    }

    public boolean isSearched() {
        return result != null;
    }

    public SearchResult getResult() {
        return result;
    }

    public String getSuggestion() {
        return result.suggestion().orElse(null);
    }

    /** The four public types always, so the choice is the same on every search; others only when found. */
    public List<Facet> getFacets() {
        List<Facet> facets = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            long count = result.typeCounts().getOrDefault(type, 0L);
            if (count > 0 || !SHOWN_ONLY_WHEN_FOUND.contains(type)) {
                facets.add(new Facet(type.id(), count, type.id().equals(selectedType), link(q, type.id(), 1)));
            }
        }
        return facets;
    }

    public long getCountOfAllTypes() {
        return result.typeCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    /** "+" after the facet counts when so many match that they are lower bounds; nothing otherwise. */
    public String getFacetCountSuffix() {
        return result.typeCountsExact() ? "" : "+";
    }

    /** The status line's text key: an exact count, or "at least" for very many matches. */
    public String getStatusKey() {
        return result.totalExact() ? "search.status" : "search.status.atLeast";
    }

    public boolean isFiltered() {
        return selectedType != null;
    }

    public int getPageNumber() {
        return result.page() + 1;
    }

    public int getPageCount() {
        return SearchLinks.pageCount(result.total(), PAGE_SIZE, SearchQuery.MAX_PAGE + 1);
    }

    /** Asked for a page after the last one, from an old bookmark or a hand-written URL. */
    public boolean isBeyondLastPage() {
        return result.hits().isEmpty() && result.total() > 0;
    }

    public String getPreviousHref() {
        return getPageNumber() > 1 ? link(q, selectedType, getPageNumber() - 1) : null;
    }

    public String getNextHref() {
        return getPageNumber() < getPageCount() ? link(q, selectedType, getPageNumber() + 1) : null;
    }

    public String getFirstPageHref() {
        return link(q, selectedType, 1);
    }

    public String getAllTypesHref() {
        return link(q, null, 1);
    }

    public String getSuggestionHref() {
        return link(getSuggestion(), selectedType, 1);
    }

    public String href(SearchHit hit) {
        return SearchLinks.toDocument(contextPath(), hit.url());
    }

    public String snippet(SearchHit hit) {
        return SearchLinks.onlyMarkTags(hit.snippet());
    }

    public String updated(Instant updated) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(CITY_TIME)
                .format(updated);
    }

    private String link(String text, String type, int pageNumber) {
        return SearchLinks.toSearch(contextPath(), text, type, pageNumber);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getTyp() { return typ; }
    public void setTyp(String typ) { this.typ = typ; }
    public String getSida() { return sida; }
    public void setSida(String sida) { this.sida = sida; }
}

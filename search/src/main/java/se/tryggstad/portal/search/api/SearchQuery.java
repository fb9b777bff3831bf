package se.tryggstad.portal.search.api;

import java.util.Objects;
import java.util.Set;

/**
 * One search: free text as a resident types it (quotes for an exact phrase), optional type filter,
 * a page, and who asks.
 *
 * @param page     0-based
 * @param pageSize 1 to {@link #MAX_PAGE_SIZE}
 */
public record SearchQuery(String text, Set<DocumentType> types, int page, int pageSize, Viewer viewer) {

    public static final int MAX_TEXT_LENGTH = 1_000;
    public static final int MAX_PAGE_SIZE = 50;
    public static final int MAX_PAGE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("a query has at most " + MAX_TEXT_LENGTH + " characters");
        }
        types = types == null ? Set.of() : Set.copyOf(types);
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page is 0 to " + MAX_PAGE);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size is 1 to " + MAX_PAGE_SIZE);
        }
        Objects.requireNonNull(viewer, "viewer");
    }

    public static SearchQuery of(String text, Viewer viewer) {
        return new SearchQuery(text, Set.of(), 0, 10, viewer);
    }
}

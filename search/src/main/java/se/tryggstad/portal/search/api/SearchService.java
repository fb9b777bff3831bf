package se.tryggstad.portal.search.api;

import java.util.List;

/** Searching, for pages and REST resources. Never sees documents the viewer may not see. */
public interface SearchService {

    SearchResult search(SearchQuery query);

    /** Up to {@code max} completions of what has been typed so far, for the search box. */
    List<String> suggest(String typed, Viewer viewer, int max);
}

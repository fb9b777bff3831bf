package se.tryggstad.portal.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchResult;
import se.tryggstad.portal.search.api.SearchService;
import se.tryggstad.portal.search.api.Viewer;

import java.util.List;

/** The {@link SearchService} pages and resources inject: searches this server's index. */
@ApplicationScoped
public class IndexedSearchService implements SearchService {

    @Inject
    SearchIndex index;

    @Override
    public SearchResult search(SearchQuery query) {
        return index.search().search(query);
    }

    @Override
    public List<String> suggest(String typed, Viewer viewer, int max) {
        return index.search().suggest(typed, viewer, max);
    }
}

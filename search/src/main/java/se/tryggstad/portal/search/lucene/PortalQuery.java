package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A search as Lucene queries: the scoring text part and the two filters, kept apart because the
 * type counts need the same search without the type filter.
 *
 * @param text     what scores; matches everything when the search text was empty
 * @param audience the viewer's audiences: access control, on every query built from this
 * @param types    the chosen types, or null for all
 * @param parsed   the words the text was read as
 */
public record PortalQuery(Query text, Query audience, Query types, QueryText parsed) {

    public PortalQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(parsed, "parsed");
    }

    /** The hits: text, audience and types. */
    public Query forHits() {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(audience, BooleanClause.Occur.FILTER);
        if (types != null) {
            query.add(types, BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /** The documents the hits may come from: the viewer's audiences and the chosen types. */
    Query hitFilter() {
        BooleanQuery.Builder filter = new BooleanQuery.Builder().add(audience, BooleanClause.Occur.FILTER);
        if (types != null) {
            filter.add(types, BooleanClause.Occur.FILTER);
        }
        return filter.build();
    }

    /**
     * The same search with prefix and fuzzy queries replaced by the words they match in this index:
     * rewritten once, it serves hits, counts and snippets without building automata again.
     */
    public PortalQuery rewrittenFor(IndexSearcher searcher) throws IOException {
        return new PortalQuery(searcher.rewrite(text), audience, types, parsed);
    }

    boolean isEmptyText() {
        return parsed.isEmpty();
    }
}

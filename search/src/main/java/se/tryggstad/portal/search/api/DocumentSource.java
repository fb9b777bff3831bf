package se.tryggstad.portal.search.api;

import java.util.stream.Stream;

/**
 * A context's documents, all of them, from its own tables: what a rebuild of the index reads.
 * Each context provides one as a CDI bean.
 */
public interface DocumentSource {

    Stream<IndexDocument> allDocuments();
}

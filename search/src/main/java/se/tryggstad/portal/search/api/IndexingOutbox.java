package se.tryggstad.portal.search.api;

/**
 * How a context tells search that a document changed. Called inside the context's own
 * transaction: the change reaches the index only if that transaction commits, and then within
 * about two seconds, even after a crash.
 */
public interface IndexingOutbox {

    void upsert(IndexDocument document);

    void delete(String uid, long version);
}

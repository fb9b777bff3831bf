package se.tryggstad.portal.search.internal;

/** One change waiting in {@code srch_outbox}. {@code payload} is the JSON of an upsert, null for a delete. */
record OutboxRow(long id, String uid, long version, Operation operation, String payload, int attempts) {

    enum Operation { UPSERT, DELETE }
}

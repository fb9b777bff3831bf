/**
 * The search module inside the server: the transactional outbox ({@code srch_outbox}), its
 * poller, the index's lifecycle (open, recover, rebuild) and the search service. Uses the search
 * API, the Lucene core and Jakarta EE; knows no domain class.
 */
package se.tryggstad.portal.search.internal;

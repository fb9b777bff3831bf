/**
 * The search benchmark run by {@code ./mvnw -Pbench verify} (alone with {@code -Dbench.only=search}):
 * indexing rate of synthetic Swedish portal content, and query latency of the portal's search service
 * next to the bare Lucene search of the same query. Prints figures and the targets they meet or miss;
 * asserts nothing. See {@code bench/README.md}. Never part of the deployed portal.
 */
package se.tryggstad.portal.bench.search;

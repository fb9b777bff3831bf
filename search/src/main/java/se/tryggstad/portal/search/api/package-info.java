/**
 * The search API that every context indexes and searches through. Knows no domain class, no JSF
 * and no REST; may use Jakarta APIs and (behind it) Lucene.
 */
package se.tryggstad.portal.search.api;

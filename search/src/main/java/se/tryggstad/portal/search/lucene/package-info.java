/**
 * The Lucene index behind the search API: analysis ({@link se.tryggstad.portal.search.lucene.PortalAnalyzers}),
 * the mapping of {@code IndexDocument}s to Lucene documents
 * ({@link se.tryggstad.portal.search.lucene.DocumentMapper}), query building
 * ({@link se.tryggstad.portal.search.lucene.PortalQueryBuilder}), searching, snippets, counts and
 * suggestions ({@link se.tryggstad.portal.search.lucene.IndexSearching}), and the index's life cycle
 * on disk: apply, rebuild aside, recover ({@link se.tryggstad.portal.search.lucene.LuceneIndex}).
 *
 * <p>Plain Java and Lucene: no container, no CDI, no JPA. It knows the search API's types and no
 * portal domain class; what a support page or a report is stays with the contexts, which hand over
 * {@code IndexDocument}s.
 */
package se.tryggstad.portal.search.lucene;

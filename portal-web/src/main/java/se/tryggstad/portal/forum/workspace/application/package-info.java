/**
 * Workspace use cases. Every method first asks
 * {@link se.tryggstad.portal.forum.application.ForumAccess#requireMember(long)}, so no page or endpoint
 * can forget the check. Owns the transaction; may use the workspace domain and infrastructure, the
 * forum and account application layers, the report application layer (findings become reports) and
 * the search API.
 */
package se.tryggstad.portal.forum.workspace.application;

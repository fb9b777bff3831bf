/**
 * Forum use cases: staff found forums and admit organisations; who may read a forum's workspace
 * ({@link se.tryggstad.portal.forum.application.ForumAccess}); the read side as records. Owns the
 * transaction; may use the forum domain and infrastructure, the account application layer and the
 * search API.
 */
package se.tryggstad.portal.forum.application;

/**
 * The forum model: the {@link se.tryggstad.portal.forum.domain.Forum} aggregate with its member
 * organisations (by id, from the account context) and its area. Uses Jakarta Persistence, the shared
 * kernel and the JDK only.
 */
package se.tryggstad.portal.forum.domain;

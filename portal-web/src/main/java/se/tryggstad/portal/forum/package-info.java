/**
 * Samverkansforum: platssamverkan around squares and centres, näringslivsforum, föreningsforum and
 * trygghetsråd where partner organisations work with the city. Public forum pages, and a
 * members-only workspace whose access is checked on the server by
 * {@link se.tryggstad.portal.forum.application.ForumAccess}.
 */
package se.tryggstad.portal.forum;

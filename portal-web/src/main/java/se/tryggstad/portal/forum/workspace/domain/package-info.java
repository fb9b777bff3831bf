/**
 * The members' workspace of a forum: documents with versions, threads with posts and their e-mail
 * digest, trygghetsvandringar with their findings. Belongs to the forum context; a forum is known here
 * by its id only. Uses Jakarta Persistence, the shared kernel and the JDK only.
 */
package se.tryggstad.portal.forum.workspace.domain;

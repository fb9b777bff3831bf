/**
 * How the workspace is stored (JPA) and what search knows of it (titles and members' words, never
 * names or addresses). May use the workspace domain, the forum domain (to lock a forum) and the search API.
 */
package se.tryggstad.portal.forum.workspace.infrastructure;

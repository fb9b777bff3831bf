/**
 * How forums are stored (JPA) and what search knows of them. May use the forum domain and the search API.
 */
package se.tryggstad.portal.forum.infrastructure;

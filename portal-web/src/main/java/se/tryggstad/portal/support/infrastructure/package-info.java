/**
 * How support offers are stored (JPA) and what search knows of them. May use the support domain
 * and the search API.
 */
package se.tryggstad.portal.support.infrastructure;

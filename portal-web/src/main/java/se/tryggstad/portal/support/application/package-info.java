/**
 * Support finder use cases: staff edit, publish and unpublish services and the guided path; visitors read
 * them in their language. Owns the transaction; returns records. May use the support domain and
 * infrastructure and the search API.
 */
package se.tryggstad.portal.support.application;

/**
 * Support finder use cases: publish offers, list them. Owns the transaction; returns records.
 * May use the support domain and infrastructure and the search API.
 */
package se.tryggstad.portal.support.application;

/**
 * The remiss context: police remisser on event permits. May use the search API only.
 */
package se.tryggstad.portal.remiss;

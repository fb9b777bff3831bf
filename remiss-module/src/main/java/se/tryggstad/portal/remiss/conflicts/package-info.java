/**
 * The conflict check between events on remiss. May use the event package.
 */
package se.tryggstad.portal.remiss.conflicts;

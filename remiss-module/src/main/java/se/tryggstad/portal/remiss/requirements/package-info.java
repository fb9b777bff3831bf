/**
 * Requirement rules: versioned conditions on {@code EventFacts} that propose villkor. May use the event package.
 */
package se.tryggstad.portal.remiss.requirements;

/**
 * The administration and staff pages and API of the remiss checks that live in remiss-module: requirement rules
 * (versioned, edited by administrators), the evacuation calculation, arena event days. Kept outside
 * {@code se.tryggstad.portal.remiss} because remiss-module's classes may not use the portal's shared web code.
 */
package se.tryggstad.portal.remissrules;

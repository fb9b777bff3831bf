/**
 * Evacuation areas with their exits, and the flow calculation of the evacuation time with its documented
 * constants ({@link se.tryggstad.portal.remiss.evacuation.domain.FlowConstants}). May use the event package.
 */
package se.tryggstad.portal.remiss.evacuation.domain;

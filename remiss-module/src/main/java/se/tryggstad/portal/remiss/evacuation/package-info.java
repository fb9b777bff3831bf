/**
 * Evacuation areas (exits, capacity) and the evacuation-time calculation. May use the event package.
 */
package se.tryggstad.portal.remiss.evacuation;

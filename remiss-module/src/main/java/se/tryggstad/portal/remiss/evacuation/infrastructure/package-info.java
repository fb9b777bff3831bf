/** Storage of the evacuation areas and exits (persistence unit "remiss", tables rms_evac…). */
package se.tryggstad.portal.remiss.evacuation.infrastructure;

/** Storage of the requirement rules (persistence unit "remiss", tables rms_rule…). */
package se.tryggstad.portal.remiss.requirements.infrastructure;

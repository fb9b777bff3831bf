/**
 * REST for the remiss checks: {@code /api/admin/remiss-rules}, {@code /api/admin/arena-event-days},
 * {@code /api/admin/evacuation-areas} (ADMIN) and {@code /api/staff/remiss-checks} (REMISS_HANDLER, ADMIN). Uses
 * remiss-module's services and shared.rest; never entities.
 */
package se.tryggstad.portal.remissrules.rest;

/**
 * Leisure endpoints: public {@code /api/activities} (JSON and text/calendar), partner and staff
 * endpoints. Request and response records only; may use the leisure application layer and shared.rest.
 */
package se.tryggstad.portal.leisure.rest;

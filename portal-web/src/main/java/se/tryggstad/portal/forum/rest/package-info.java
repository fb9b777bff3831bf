/**
 * Forum endpoints: public {@code /api/forums}, members' {@code /api/partner/forums} and staff's
 * {@code /api/staff/forums}. Request and response records only; may use the forum application layer.
 */
package se.tryggstad.portal.forum.rest;

/**
 * Fritidsutbud: activities for children and young people from the city and approved partner
 * organisations, with filters, a calendar and iCal export. Partners submit, staff approve.
 */
package se.tryggstad.portal.leisure;

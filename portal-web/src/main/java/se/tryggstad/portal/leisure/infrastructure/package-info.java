/**
 * How activities are stored (JPA), what search knows of them, and their iCalendar form (ical4j).
 * May use the leisure domain and the search API.
 */
package se.tryggstad.portal.leisure.infrastructure;

/**
 * How course groups and sign-ups are stored (JPA, with the group row locked for every change to its
 * seats), what search knows of a group, and how mails to parents leave after commit. May use the
 * course domain and the search API.
 */
package se.tryggstad.portal.course.infrastructure;

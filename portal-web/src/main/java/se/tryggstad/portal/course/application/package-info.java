/**
 * Course use cases: plan and publish groups, sign up, cancel and promote from the waitlist, purge
 * participants' data after the course. Owns the transaction; returns records. May use the course
 * domain and infrastructure and the search API.
 */
package se.tryggstad.portal.course.application;

/**
 * Course endpoints: the public list, sign-up and cancellation, and the staff endpoints. Request
 * and response records only; may use the course application layer and shared.rest.
 */
package se.tryggstad.portal.course.rest;

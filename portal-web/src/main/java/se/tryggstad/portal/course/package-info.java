/**
 * Föräldrastöd courses: staff publish course groups, parents sign up with minimal data, full groups
 * keep a waitlist, and a cancellation gives the seat to the first on the waitlist.
 */
package se.tryggstad.portal.course;

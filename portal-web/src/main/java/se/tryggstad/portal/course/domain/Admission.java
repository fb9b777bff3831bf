package se.tryggstad.portal.course.domain;

/**
 * What a group answered a sign-up: a seat, or a place in the queue.
 *
 * @param waitlistNumber the sign-up's ticket in the queue (grows forever), null when booked
 * @param position       how many are ahead in the queue, plus one; 0 when booked
 */
public record Admission(EnrolmentStatus status, Integer waitlistNumber, int position) {
}

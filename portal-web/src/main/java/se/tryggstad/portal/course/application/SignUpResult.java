package se.tryggstad.portal.course.application;

import se.tryggstad.portal.course.domain.EnrolmentStatus;

/**
 * The answer to a sign-up.
 *
 * @param position the place in the queue when waitlisted, 0 when booked
 */
public record SignUpResult(long enrolmentId, long groupId, EnrolmentStatus status, int position) {
}

package se.tryggstad.portal.course.domain;

/** Where a sign-up stands. */
public enum EnrolmentStatus {
    BOOKED,
    WAITLISTED,
    CANCELLED
}

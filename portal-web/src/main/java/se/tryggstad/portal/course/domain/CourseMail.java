package se.tryggstad.portal.course.domain;

import java.time.LocalDateTime;

/**
 * A mail to a parent about their sign-up, raised inside the transaction that changed it and sent
 * only after that transaction has committed.
 *
 * @param position the place in the queue for a waitlist confirmation, otherwise 0
 */
public record CourseMail(Kind kind, String to, String language, String courseTitle, String place,
                         LocalDateTime firstSession, int position, String cancelToken) {

    public enum Kind {
        /** Signed up and has a seat. */
        BOOKED,
        /** Signed up and waits in the queue. */
        WAITLISTED,
        /** Moved from the queue to a seat. */
        PROMOTED
    }

    /** What the group and the sign-up tell the parent; only when they gave an e-mail address. */
    public static CourseMail about(Kind kind, Enrolment enrolment, CourseGroup group, int position) {
        return new CourseMail(kind, enrolment.email(), enrolment.language(), group.title(enrolment.language()),
                group.place(), group.firstSession(), position, enrolment.cancelToken());
    }
}

package se.tryggstad.portal.course.domain;

import se.tryggstad.portal.shared.Rejection;

/**
 * A course request the rules do not allow. {@link #field()} names the input that is wrong (or is
 * empty), {@link #messageKey()} is a key in the message bundle. Rolls the transaction back.
 */
public class CourseRejected extends Rejection {

    private static final long serialVersionUID = 1L;

    public CourseRejected(Reason reason, String field, String messageKey) {
        super(reason, field, messageKey);
    }

    public static CourseRejected invalid(String field, String messageKey) {
        return new CourseRejected(Reason.INVALID, field, messageKey);
    }
}

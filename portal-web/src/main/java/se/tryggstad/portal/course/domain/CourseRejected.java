package se.tryggstad.portal.course.domain;

/**
 * A course request the rules do not allow. {@link #field()} names the input that is wrong (or is
 * empty), {@link #messageKey()} is a key in the message bundle. Rolls the transaction back.
 */
public class CourseRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { INVALID, CONFLICT, NOT_FOUND }

    private final Reason reason;
    private final String field;
    private final String messageKey;

    public CourseRejected(Reason reason, String field, String messageKey) {
        super(messageKey);
        this.reason = reason;
        this.field = field;
        this.messageKey = messageKey;
    }

    public static CourseRejected invalid(String field, String messageKey) {
        return new CourseRejected(Reason.INVALID, field, messageKey);
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}

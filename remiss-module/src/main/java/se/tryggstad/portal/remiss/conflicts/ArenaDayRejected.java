package se.tryggstad.portal.remiss.conflicts;

/** A change to the arena event days that was refused; nothing was saved. {@code messageKey} is a bundle key. */
public class ArenaDayRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Bad input, a day that already has an event, or no such day. */
    public enum Reason { INVALID, CONFLICT, NOT_FOUND }

    private final Reason reason;
    private final String field;
    private final String messageKey;

    public ArenaDayRejected(Reason reason, String field, String messageKey) {
        super(reason + " " + field + " " + messageKey);
        this.reason = reason;
        this.field = field;
        this.messageKey = messageKey;
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

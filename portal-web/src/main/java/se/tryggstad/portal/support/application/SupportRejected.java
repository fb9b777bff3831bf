package se.tryggstad.portal.support.application;

/**
 * A change to the support finder that was refused; nothing of it was saved. {@link #field()} names the
 * input (e.g. {@code sv.name}, {@code phone}) or is null, {@link #messageKey()} is a message bundle key.
 */
public class SupportRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { INVALID, CONFLICT, NOT_FOUND }

    private final Reason reason;
    private final String field;
    private final String messageKey;

    public SupportRejected(Reason reason, String field, String messageKey) {
        super(reason + " " + field + ": " + messageKey);
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

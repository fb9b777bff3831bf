package se.tryggstad.portal.report.domain;

/**
 * A report request the rules do not allow. {@link #field()} names the input that is wrong (or null),
 * {@link #messageKey()} is a key in the message bundle. Rolls the transaction back.
 */
public class ReportRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { INVALID, CONFLICT, NOT_FOUND }

    private final Reason reason;
    private final String field;
    private final String messageKey;

    public ReportRejected(Reason reason, String field, String messageKey) {
        super(messageKey);
        this.reason = reason;
        this.field = field;
        this.messageKey = messageKey;
    }

    public static ReportRejected invalid(String field, String messageKey) {
        return new ReportRejected(Reason.INVALID, field, messageKey);
    }

    public static ReportRejected notFound() {
        return new ReportRejected(Reason.NOT_FOUND, null, "report.notFound");
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

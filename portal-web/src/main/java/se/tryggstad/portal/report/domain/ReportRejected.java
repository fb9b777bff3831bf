package se.tryggstad.portal.report.domain;

import se.tryggstad.portal.shared.Rejection;

/**
 * A report request the rules do not allow. {@link #field()} names the input that is wrong (or is
 * empty), {@link #messageKey()} is a key in the message bundle. Rolls the transaction back.
 */
public class ReportRejected extends Rejection {

    private static final long serialVersionUID = 1L;

    public ReportRejected(Reason reason, String field, String messageKey) {
        super(reason, field, messageKey);
    }

    public static ReportRejected invalid(String field, String messageKey) {
        return new ReportRejected(Reason.INVALID, field, messageKey);
    }

    public static ReportRejected notFound() {
        return new ReportRejected(Reason.NOT_FOUND, null, "report.notFound");
    }
}

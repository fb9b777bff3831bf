package se.tryggstad.portal.report.domain;

/**
 * A mail to a reporter, raised inside the transaction and sent only after it commits.
 *
 * @param trackingToken the secret of the tracking link; only in the confirmation (null afterwards,
 *                      because only its hash is stored)
 */
public record ReportMail(Kind kind, String to, String language, String reference, String status,
                         String publicAnswer, String trackingToken) {

    public enum Kind { CONFIRMATION, STATUS }
}

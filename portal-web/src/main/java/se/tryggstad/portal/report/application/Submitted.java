package se.tryggstad.portal.report.application;

/**
 * A committed report: the number to quote and the secret of the tracking link, shown to the
 * reporter once (only the token's hash is stored).
 */
public record Submitted(long id, String reference, String trackingToken) implements java.io.Serializable {
}

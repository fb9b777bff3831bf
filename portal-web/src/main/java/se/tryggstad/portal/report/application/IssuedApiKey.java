package se.tryggstad.portal.report.application;

/** A new Open311 key; {@code key} is shown this once and never stored. */
public record IssuedApiKey(long id, String clientName, String key) {
}

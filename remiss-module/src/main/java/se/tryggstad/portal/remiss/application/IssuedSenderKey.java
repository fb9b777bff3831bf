package se.tryggstad.portal.remiss.application;

/** A new sender key; {@code key} is shown this once and never stored. */
public record IssuedSenderKey(long id, String senderName, String key) {
}

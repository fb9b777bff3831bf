package se.tryggstad.portal.remiss.application;

/** A yttrande that was stored as sent; the portal mails it to the police after the commit. */
public record SentYttrande(long remissId, long yttrandeId, String diarienummer, String policeCaseNumber,
                           String eventName, int number, String policeEmail, byte[] pdf, String sha256) {
}

package se.tryggstad.portal.remiss.application;

/** A registered remiss: answered only after its transaction committed. */
public record Registered(long id, String diarienummer) {
}

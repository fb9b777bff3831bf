package se.tryggstad.portal.remiss.application;

/** Another remiss the conflict check flagged, with what links to it. */
public record ConflictLine(long remissId, String reference, String name, String kind, Double distanceMetres) {
}

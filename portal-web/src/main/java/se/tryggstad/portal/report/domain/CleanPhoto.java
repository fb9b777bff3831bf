package se.tryggstad.portal.report.domain;

/** A photo re-encoded by us as JPEG: only pixels, no EXIF, GPS or other metadata from the original. */
public record CleanPhoto(byte[] jpeg, int width, int height) {
}

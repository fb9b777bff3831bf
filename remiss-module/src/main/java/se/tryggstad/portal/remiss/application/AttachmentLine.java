package se.tryggstad.portal.remiss.application;

/** An attachment of a remiss, without its content. */
public record AttachmentLine(long id, String fileName, String contentType, int sizeBytes) {
}

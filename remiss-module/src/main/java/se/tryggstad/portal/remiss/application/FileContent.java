package se.tryggstad.portal.remiss.application;

/** A stored file to hand out: its name, checked content type and bytes. */
public record FileContent(String fileName, String contentType, byte[] content) {
}

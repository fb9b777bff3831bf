package se.tryggstad.portal.forum.workspace.domain;

/**
 * An uploaded file that passed the checks: a safe file name, the media type told by its bytes, and
 * its content.
 */
public record StoredFile(String fileName, String mediaType, byte[] content) {

    public long size() {
        return content.length;
    }
}

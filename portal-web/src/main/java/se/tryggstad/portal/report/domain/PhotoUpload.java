package se.tryggstad.portal.report.domain;

import java.io.Serializable;

/**
 * A photo as the resident's browser or client sent it: nothing in it is trusted, not the name, not
 * the declared type, not the bytes.
 *
 * @param fileName     the client's file name, may be null
 * @param declaredType the client's content type, may be null
 * @param content      the bytes as received (the caller stops reading one byte past the size limit)
 */
public record PhotoUpload(String fileName, String declaredType, byte[] content) implements Serializable {

    public PhotoUpload {
        content = content == null ? new byte[0] : content;
    }

    public boolean isEmpty() {
        return content.length == 0 && (fileName == null || fileName.isBlank());
    }
}

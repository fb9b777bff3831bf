package se.tryggstad.portal.remiss.domain;

/** A file as it arrived, before it is checked: the name the sender gave and its bytes. */
public record AttachmentUpload(String fileName, byte[] content) {

    public AttachmentUpload {
        content = content == null ? new byte[0] : content;
    }
}

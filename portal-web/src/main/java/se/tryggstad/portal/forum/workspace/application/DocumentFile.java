package se.tryggstad.portal.forum.workspace.application;

/** A version's bytes for download, with the name and the type found when it was uploaded. */
public record DocumentFile(String fileName, String mediaType, byte[] content) {
}

package se.tryggstad.portal.forum.workspace.application;

import se.tryggstad.portal.forum.workspace.domain.DocumentVersion;

import java.time.Instant;

/**
 * One version in a document's history. {@code organisation} is empty for uploads by the city's
 * staff (who act for no member organisation).
 */
public record DocumentVersionRow(int number, String fileName, String mediaType, long sizeBytes, String uploadedBy,
                                 String organisation, Instant uploadedAt) {

    static DocumentVersionRow of(DocumentVersion version) {
        return new DocumentVersionRow(version.number(), version.fileName(), version.mediaType(), version.sizeBytes(),
                version.uploadedBy(), version.organisationName() == null ? "" : version.organisationName(),
                version.uploadedAt());
    }

    /** The size for people: "12 kB", "1,4 MB". */
    public String size() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " kB";
        }
        return String.format(java.util.Locale.forLanguageTag("sv"), "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}

package se.tryggstad.portal.forum.workspace.rest;

import se.tryggstad.portal.forum.workspace.application.DocumentRow;
import se.tryggstad.portal.forum.workspace.application.DocumentVersionRow;

import java.time.Instant;
import java.util.List;

/** A document with its history, newest version first. */
public record DocumentResponse(long id, String title, Instant updatedAt, List<Version> versions) {

    public record Version(int number, String fileName, String mediaType, long size, String uploadedBy,
                          String organisation, Instant uploadedAt) {

        static Version of(DocumentVersionRow row) {
            return new Version(row.number(), row.fileName(), row.mediaType(), row.sizeBytes(), row.uploadedBy(),
                    row.organisation(), row.uploadedAt());
        }
    }

    static DocumentResponse of(DocumentRow row) {
        return new DocumentResponse(row.id(), row.title(), row.updatedAt(),
                row.versions().stream().map(Version::of).toList());
    }
}

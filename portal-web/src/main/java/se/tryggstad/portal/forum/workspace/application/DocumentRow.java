package se.tryggstad.portal.forum.workspace.application;

import se.tryggstad.portal.forum.workspace.domain.ForumDocument;

import java.time.Instant;
import java.util.List;

/** A document of a forum with its history, newest version first. */
public record DocumentRow(long id, String title, Instant updatedAt, List<DocumentVersionRow> versions) {

    static DocumentRow of(ForumDocument document) {
        return new DocumentRow(document.id(), document.title(), document.updatedAt(),
                document.versions().stream().map(DocumentVersionRow::of).toList());
    }

    public DocumentVersionRow latest() {
        return versions.get(0);
    }
}

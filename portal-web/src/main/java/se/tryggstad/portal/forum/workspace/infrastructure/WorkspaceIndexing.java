package se.tryggstad.portal.forum.workspace.infrastructure;

import se.tryggstad.portal.forum.workspace.domain.ForumDocument;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What search knows of a forum's workspace: document titles (not their contents) and, for threads,
 * the members' words. Always with the audience {@code FORUM:<id>}, so only members and staff find
 * them; never who wrote or uploaded anything.
 */
public final class WorkspaceIndexing {

    private WorkspaceIndexing() {
    }

    public static String documentUid(long documentId) {
        return "forum-document:" + documentId;
    }

    public static IndexDocument documentOf(ForumDocument document) {
        return new IndexDocument(documentUid(document.id()), DocumentType.FORUM.id(), document.title(), "", "sv",
                Set.of(Audience.forum(document.forumId())), List.of("samverkan", "dokument"),
                Map.of("forum", String.valueOf(document.forumId()), "part", "document"), null,
                "/partner/samverkan/dokument.xhtml?id=" + document.forumId(), document.updatedAt(), document.version());
    }
}

package se.tryggstad.portal.forum.workspace.infrastructure;

import se.tryggstad.portal.forum.workspace.domain.ForumDocument;
import se.tryggstad.portal.forum.workspace.domain.ForumPost;
import se.tryggstad.portal.forum.workspace.domain.ForumThread;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What search knows of a forum's workspace: document titles (not their contents) and, for threads,
 * the members' words. Always with the audience {@code FORUM:<id>}, so only members and staff find
 * them; never who wrote or uploaded anything.
 */
public final class WorkspaceIndexing {

    /** E-mail addresses and phone numbers members may have written in a post; kept out of the index. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("(\\+46|\\b0)[0-9 ()-]{6,}[0-9]");

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

    public static String threadUid(long threadId) {
        return "forum-thread:" + threadId;
    }

    /** The title and what the members wrote, without who wrote it and without addresses or numbers in it. */
    public static IndexDocument threadOf(ForumThread thread) {
        String body = thread.posts().stream().map(ForumPost::body).map(WorkspaceIndexing::withoutContactDetails)
                .collect(Collectors.joining("\n"));
        return new IndexDocument(threadUid(thread.id()), DocumentType.FORUM.id(), withoutContactDetails(thread.title()),
                body, "sv", Set.of(Audience.forum(thread.forumId())), List.of("samverkan", "inlägg"),
                Map.of("forum", String.valueOf(thread.forumId()), "part", "thread"), null,
                "/partner/samverkan/inlagg.xhtml?id=" + thread.forumId() + "&trad=" + thread.id(),
                thread.lastPostAt(), thread.version());
    }

    static String withoutContactDetails(String text) {
        return PHONE.matcher(EMAIL.matcher(text).replaceAll("…")).replaceAll("…");
    }
}

package se.tryggstad.portal.forum.infrastructure;

import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What search knows of a forum: its name and purpose. A forum with a public page is found by
 * everyone (and leads there); one without is found only by its members (and leads to the workspace).
 * Members are organisations and are not indexed here; no person is ever named.
 */
public final class ForumIndexing {

    private ForumIndexing() {
    }

    public static String uidOf(long forumId) {
        return DocumentType.FORUM.id() + ":" + forumId;
    }

    public static IndexDocument documentOf(Forum forum) {
        String body = forum.purposeSv() + forum.purposeEn().map(english -> " " + english).orElse("");
        Audience audience = forum.hasPublicPage() ? Audience.PUBLIC : Audience.forum(forum.id());
        String url = forum.hasPublicPage() ? "/samverkan/forum.xhtml?id=" + forum.id()
                : "/partner/samverkan/forum.xhtml?id=" + forum.id();
        return new IndexDocument(uidOf(forum.id()), DocumentType.FORUM.id(), forum.name(), body, "sv",
                Set.of(audience), List.of("samverkan", forum.type().name().toLowerCase(Locale.ROOT)),
                Map.of("forumType", forum.type().name(), "forum", String.valueOf(forum.id())), null, url,
                forum.updatedAt(), forum.version());
    }
}

package se.tryggstad.portal.forum.infrastructure;

import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.forum.domain.ForumAction;
import se.tryggstad.portal.forum.domain.Meeting;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What search knows of a forum's workspace: actions (title, description) and meetings (title, place,
 * agenda, minutes) for the forum's members only ({@code FORUM:<id>}); a published meeting summary for
 * everyone. Comments and attendees are never indexed: they name people and organisations' presence.
 */
public final class WorkspaceIndexing {

    private WorkspaceIndexing() {
    }

    public static String actionUid(long actionId) {
        return DocumentType.FORUM.id() + ":action:" + actionId;
    }

    public static String meetingUid(long meetingId) {
        return DocumentType.FORUM.id() + ":meeting:" + meetingId;
    }

    public static String summaryUid(long meetingId) {
        return DocumentType.FORUM.id() + ":summary:" + meetingId;
    }

    public static IndexDocument documentOf(ForumAction action, Forum forum) {
        return new IndexDocument(actionUid(action.id()), DocumentType.FORUM.id(), action.title(),
                action.description() + " " + forum.name(), "sv", Set.of(Audience.forum(forum.id())),
                List.of("handlingsplan", "åtgärd"), Map.of("forum", String.valueOf(forum.id()), "forumPart", "action"), null,
                "/partner/samverkan/handlingsplan.xhtml?id=" + forum.id() + "#action-" + action.id(),
                action.updatedAt(), action.version());
    }

    /** The members' document of a meeting, and the public one of its summary when that is published. */
    public static List<IndexDocument> documentsOf(Meeting meeting, Forum forum) {
        List<IndexDocument> documents = new ArrayList<>();
        documents.add(new IndexDocument(meetingUid(meeting.id()), DocumentType.FORUM.id(), meeting.title(),
                meeting.agenda() + " " + meeting.minutes().orElse("") + " " + meeting.place() + " " + forum.name(), "sv",
                Set.of(Audience.forum(forum.id())), List.of("möte", "dagordning", "protokoll"),
                Map.of("forum", String.valueOf(forum.id()), "forumPart", "meeting"), null,
                "/partner/samverkan/moten.xhtml?id=" + forum.id() + "#meeting-" + meeting.id(),
                meeting.updatedAt(), meeting.version()));
        if (meeting.isSummaryPublished() && forum.hasPublicPage()) {
            documents.add(new IndexDocument(summaryUid(meeting.id()), DocumentType.FORUM.id(),
                    meeting.title() + " – " + forum.name(), meeting.publicSummary().orElseThrow(), "sv", Set.of(Audience.PUBLIC),
                    List.of("möte", "sammanfattning", "samverkan"),
                    Map.of("forum", String.valueOf(forum.id()), "forumPart", "summary"), null,
                    "/samverkan/forum.xhtml?id=" + forum.id() + "#summary-" + meeting.id(),
                    meeting.updatedAt(), meeting.version()));
        }
        return documents;
    }
}

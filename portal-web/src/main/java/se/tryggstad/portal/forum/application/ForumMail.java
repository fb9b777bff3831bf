package se.tryggstad.portal.forum.application;

import java.util.List;

/**
 * A mail the forum context sends once its transaction has committed (fired as a CDI event).
 * {@code arguments} fill the message pattern {@code forum.mail.<kind>.subject/body}; {@code link},
 * when there is one, is a path below the portal's address and is added at the end. {@code calendar}, when
 * there is one, is an iCalendar text sent along as a file (a meeting invitation).
 */
public record ForumMail(Kind kind, String to, String language, List<String> arguments, String link, String calendar) {

    public enum Kind {
        APPLICATION_RECEIVED, APPLICATION_VERIFIED, APPLICATION_REJECTED, INVITATION, MEETING_INVITATION,
        MEETING_REMINDER
    }

    public ForumMail {
        arguments = List.copyOf(arguments);
    }

    public ForumMail(Kind kind, String to, String language, List<String> arguments, String link) {
        this(kind, to, language, arguments, link, null);
    }
}

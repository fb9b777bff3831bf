package se.tryggstad.portal.forum.workspace.domain;

import java.util.List;

/**
 * A digest to mail after its transaction committed: the forum's new posts of the period, and the
 * one-time unsubscribe token of this mail.
 */
public record DigestMail(String to, String language, long forumId, String forumName, String periodKey,
                         List<Item> items, String unsubscribeToken) {

    /** One new post: its thread, who wrote it (organisation), and the start of the text. */
    public record Item(String threadTitle, String organisation, String excerpt) {
    }
}

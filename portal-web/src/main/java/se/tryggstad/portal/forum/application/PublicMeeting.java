package se.tryggstad.portal.forum.application;

import java.time.Instant;

/** What everyone may see of a meeting: when, where and what (the next one), or its published summary. */
public record PublicMeeting(long id, String title, Instant startsAt, String place, String summary) {
}

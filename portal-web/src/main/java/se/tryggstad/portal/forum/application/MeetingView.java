package se.tryggstad.portal.forum.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A meeting as members see it; {@code attendees} are organisation names. */
public record MeetingView(long id, long forumId, String title, Instant startsAt, Instant endsAt, String place,
                          String agenda, String minutes, Set<Long> attendingOrganisationIds, List<String> attendees,
                          String publicSummary, boolean summaryPublished) {
}

package se.tryggstad.portal.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.forum.domain.Meeting;
import se.tryggstad.portal.forum.infrastructure.ForumRepository;
import se.tryggstad.portal.forum.infrastructure.WorkspaceRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Reminds the member organisations' people of a meeting that starts within
 * {@code trygg.forum.reminder.hours-before} hours, once: the meeting remembers that it was reminded
 * (in the same transaction as the mails are raised, which go out after commit). A person is mailed at
 * the address their invitation went to, while they still act for a member organisation.
 */
@ApplicationScoped
@Transactional
public class MeetingReminders {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("sv")).withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    WorkspaceRepository workspace;

    @Inject
    ForumRepository forums;

    @Inject
    MemberAddresses members;

    @Inject
    Event<ForumMail> mails;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trygg.forum.reminder.hours-before", defaultValue = "24")
    int hoursBefore;

    /** Sends the reminders that are due; returns how many meetings were reminded of. */
    public int sendDue() {
        Instant now = clock.instant();
        List<Meeting> due = workspace.needingReminder(now, now.plus(Duration.ofHours(hoursBefore)));
        for (Meeting meeting : due) {
            Forum forum = forums.find(meeting.forumId()).orElseThrow();
            for (String address : members.of(forum)) {
                mails.fire(new ForumMail(ForumMail.Kind.MEETING_REMINDER, address, "sv",
                        List.of(meeting.title(), forum.name(), WHEN.format(meeting.startsAt()), meeting.place()),
                        "/partner/samverkan/moten.xhtml?id=" + forum.id() + "#meeting-" + meeting.id()));
            }
            meeting.remindersSent(now);
        }
        return due.size();
    }
}

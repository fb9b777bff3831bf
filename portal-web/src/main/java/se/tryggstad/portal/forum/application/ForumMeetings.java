package se.tryggstad.portal.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.forum.domain.Meeting;
import se.tryggstad.portal.forum.domain.MeetingPlan;
import se.tryggstad.portal.forum.infrastructure.ForumRepository;
import se.tryggstad.portal.forum.infrastructure.MeetingCalendar;
import se.tryggstad.portal.forum.infrastructure.WorkspaceIndexing;
import se.tryggstad.portal.forum.infrastructure.WorkspaceRepository;
import se.tryggstad.portal.search.api.IndexingOutbox;
import se.tryggstad.portal.shared.FieldProblem;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A forum's meetings: members (and staff) plan them, record minutes, attending organisations and a
 * summary that may be published on the forum's public page; each meeting is an iCal invitation.
 * Every members' method first checks {@link ForumAccess#requireMember}.
 */
@ApplicationScoped
@Transactional
public class ForumMeetings {

    @Inject
    ForumAccess access;

    @Inject
    WorkspaceRepository workspace;

    @Inject
    ForumRepository forums;

    @Inject
    OrganisationService organisations;

    @Inject
    IndexingOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    MemberAddresses members;

    @Inject
    Event<ForumMail> mails;

    @Inject
    @ConfigProperty(name = "trygg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeetingView> meetingsOf(long forumId) {
        access.requireMember(forumId);
        return workspace.meetingsOf(forumId).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingView meeting(long forumId, long meetingId) {
        access.requireMember(forumId);
        return view(meetingIn(forumId, meetingId));
    }

    public MeetingView plan(long forumId, MeetingPlan plan) {
        Forum forum = readable(forumId);
        requireValid(plan.problems());
        Meeting meeting = Meeting.plan(forumId, plan, clock.instant());
        workspace.add(meeting);
        reindex(meeting, forum);
        invite(meeting, forum);
        return view(meeting);
    }

    public MeetingView replan(long forumId, long meetingId, MeetingPlan plan) {
        Forum forum = readable(forumId);
        Meeting meeting = meetingIn(forumId, meetingId);
        requireValid(plan.problems());
        meeting.replan(plan, clock.instant());
        reindex(meeting, forum);
        return view(meeting);
    }

    /** Minutes, attending organisations (members of the forum) and the public summary, published or not. */
    public MeetingView record(long forumId, long meetingId, String minutes, Set<Long> attendingOrganisationIds,
                              String publicSummary, boolean publish) {
        Forum forum = readable(forumId);
        Meeting meeting = meetingIn(forumId, meetingId);
        List<FieldProblem> problems = new ArrayList<>();
        if (minutes != null && minutes.strip().length() > Meeting.MAX_TEXT) {
            problems.add(new FieldProblem("minutes", "forum.meeting.text.tooLong"));
        }
        if (publicSummary != null && publicSummary.strip().length() > 4000) {
            problems.add(new FieldProblem("publicSummary", "forum.meeting.text.tooLong"));
        }
        if (publish && (publicSummary == null || publicSummary.isBlank())) {
            problems.add(new FieldProblem("publicSummary", "forum.meeting.summary.missing"));
        }
        Set<Long> attendees = attendingOrganisationIds == null ? Set.of() : attendingOrganisationIds;
        if (!attendees.stream().allMatch(forum::hasMember)) {
            problems.add(new FieldProblem("attendingOrganisationIds", "forum.meeting.attendees.invalid"));
        }
        requireValid(problems);
        boolean wasPublished = meeting.isSummaryPublished();
        meeting.record(minutes, attendees, publicSummary, publish, clock.instant());
        reindex(meeting, forum);
        if (wasPublished && !meeting.isSummaryPublished()) {
            outbox.delete(WorkspaceIndexing.summaryUid(meeting.id()), meeting.version());
        }
        return view(meeting);
    }

    /** Mails every member organisation's people the meeting, with its iCalendar file (after commit). */
    private void invite(Meeting meeting, Forum forum) {
        String calendar = MeetingCalendar.of(meeting, forum, clock.instant(), portalRoot());
        for (String address : members.of(forum)) {
            mails.fire(new ForumMail(ForumMail.Kind.MEETING_INVITATION, address, "sv",
                    List.of(meeting.title(), forum.name(), MeetingReminders.WHEN.format(meeting.startsAt()),
                            meeting.place()),
                    "/partner/samverkan/moten.xhtml?id=" + forum.id() + "#meeting-" + meeting.id(), calendar));
        }
    }

    private URI portalRoot() {
        return URI.create(portalUrl.endsWith("/") ? portalUrl : portalUrl + "/");
    }

    /** The meeting as an iCal invitation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String icalendar(long forumId, long meetingId, URI portalRoot) {
        Forum forum = readable(forumId);
        return MeetingCalendar.of(meetingIn(forumId, meetingId), forum, clock.instant(), portalRoot);
    }

    /** The next meeting of a forum with a public page (what, when, where), for everyone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublicMeeting> nextPublicMeeting(long forumId) {
        return forums.find(forumId).filter(Forum::hasPublicPage).flatMap(forum -> workspace.meetingsOf(forumId).stream()
                .filter(meeting -> meeting.startsAt().isAfter(clock.instant()))
                .min(Comparator.comparing(Meeting::startsAt))
                .map(meeting -> new PublicMeeting(meeting.id(), meeting.title(), meeting.startsAt(), meeting.place(), "")));
    }

    /** The published summaries of a forum with a public page, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicMeeting> publishedSummaries(long forumId) {
        return forums.find(forumId).filter(Forum::hasPublicPage).map(forum -> workspace.meetingsOf(forumId).stream()
                .filter(Meeting::isSummaryPublished)
                .map(meeting -> new PublicMeeting(meeting.id(), meeting.title(), meeting.startsAt(), meeting.place(),
                        meeting.publicSummary().orElseThrow())).toList()).orElse(List.of());
    }

    private Forum readable(long forumId) {
        access.requireMember(forumId);
        return forums.find(forumId).orElseThrow(ForumRejected::notFound);
    }

    private Meeting meetingIn(long forumId, long meetingId) {
        return workspace.meeting(meetingId).filter(meeting -> meeting.forumId() == forumId)
                .orElseThrow(() -> new ForumRejected(ForumRejected.Reason.NOT_FOUND, "meetingId", "forum.meeting.notFound"));
    }

    private static void requireValid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ForumRejected.invalid(problems);
        }
    }

    private void reindex(Meeting meeting, Forum forum) {
        workspace.flush();
        WorkspaceIndexing.documentsOf(meeting, forum).forEach(outbox::upsert);
    }

    private MeetingView view(Meeting meeting) {
        List<String> attendees = meeting.attendingOrganisationIds().stream().flatMap(id -> organisations.find(id).stream())
                .map(OrganisationSummary::name).sorted().toList();
        return new MeetingView(meeting.id(), meeting.forumId(), meeting.title(), meeting.startsAt(), meeting.endsAt(),
                meeting.place(), meeting.agenda(), meeting.minutes().orElse(""), meeting.attendingOrganisationIds(),
                attendees, meeting.publicSummary().orElse(""), meeting.isSummaryPublished());
    }
}

package se.tryggstad.portal.forum.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A forum meeting: when and where, its agenda, and afterwards its minutes (members only), which
 * member organisations attended, and a short summary the forum may publish on its public page.
 * Members are reminded once before it starts.
 */
@Entity
@Table(name = "frm_meeting")
@NamedQuery(name = Meeting.OF_FORUM, query = "SELECT m FROM Meeting m WHERE m.forumId = :forumId ORDER BY m.startsAt DESC")
@NamedQuery(name = Meeting.ALL, query = "SELECT m FROM Meeting m ORDER BY m.id")
@NamedQuery(name = Meeting.NEEDING_REMINDER, query = "SELECT m FROM Meeting m "
        + "WHERE m.reminderSentAt IS NULL AND m.startsAt > :now AND m.startsAt <= :until ORDER BY m.startsAt")
public class Meeting {

    public static final String OF_FORUM = "Meeting.ofForum";
    public static final String ALL = "Meeting.all";
    public static final String NEEDING_REMINDER = "Meeting.needingReminder";
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "forum_id", nullable = false)
    private long forumId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false)
    private String agenda;

    @Column
    private String minutes;

    @Column(name = "public_summary")
    private String publicSummary;

    @Column(name = "summary_published", nullable = false)
    private boolean summaryPublished;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "frm_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> attendingOrganisationIds = new HashSet<>();

    protected Meeting() {
        // for JPA
    }

    /** A planned meeting; the plan must have no problems. */
    public static Meeting plan(long forumId, MeetingPlan plan, Instant now) {
        Meeting meeting = new Meeting();
        meeting.forumId = forumId;
        meeting.createdAt = now;
        meeting.replan(plan, now);
        return meeting;
    }

    /** Changes when, where and what; a moved meeting is reminded of again. */
    public void replan(MeetingPlan plan, Instant now) {
        if (!plan.startsAt().equals(this.startsAt)) {
            this.reminderSentAt = null;
        }
        this.title = plan.title();
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.place = plan.place();
        this.agenda = plan.agenda();
        this.updatedAt = now;
    }

    /** Records the minutes, who attended and the public summary (published or not). */
    public void record(String minutes, Set<Long> attendingOrganisationIds, String publicSummary, boolean publish,
                       Instant now) {
        if (publish && (publicSummary == null || publicSummary.isBlank())) {
            throw new IllegalArgumentException("only a written summary can be published");
        }
        this.minutes = blankToNull(minutes);
        this.attendingOrganisationIds = new HashSet<>(attendingOrganisationIds);
        this.publicSummary = blankToNull(publicSummary);
        this.summaryPublished = publish;
        this.updatedAt = now;
    }

    /** Marks the reminder as sent; it is never sent twice for the same start. */
    public void remindersSent(Instant now) {
        this.reminderSentAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() { return id; }
    public long version() { return version; }
    public long forumId() { return forumId; }
    public String title() { return title; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public String place() { return place; }
    public String agenda() { return agenda; }
    public Optional<String> minutes() { return Optional.ofNullable(minutes); }
    public Optional<String> publicSummary() { return Optional.ofNullable(publicSummary); }
    public boolean isSummaryPublished() { return summaryPublished && publicSummary != null; }
    public Optional<Instant> reminderSentAt() { return Optional.ofNullable(reminderSentAt); }
    public Set<Long> attendingOrganisationIds() { return Set.copyOf(attendingOrganisationIds); }
    public Instant updatedAt() { return updatedAt; }
}

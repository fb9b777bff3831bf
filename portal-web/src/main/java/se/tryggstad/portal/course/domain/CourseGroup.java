package se.tryggstad.portal.course.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A group of parents meeting for one programme at one place, and its seats. The group keeps its
 * own counters of booked and waitlisted sign-ups; every change to them happens with this row
 * locked, so the counters are the truth even when many parents sign up at once.
 */
@Entity
@Table(name = "crs_group")
@NamedQuery(name = CourseGroup.ALL, query = "SELECT g FROM CourseGroup g ORDER BY g.firstSession, g.id")
@NamedQuery(name = CourseGroup.PUBLISHED, query = "SELECT g FROM CourseGroup g WHERE g.published = TRUE "
        + "ORDER BY g.firstSession, g.id")
@NamedQuery(name = CourseGroup.PURGEABLE, query = "SELECT g FROM CourseGroup g WHERE g.participantsPurged = FALSE "
        + "AND g.firstSession < :startedBefore")
@NamedQuery(name = CourseGroup.BY_TITLE, query = "SELECT g FROM CourseGroup g WHERE g.titleSv = :title")
public class CourseGroup {

    public static final String ALL = "CourseGroup.all";
    public static final String PUBLISHED = "CourseGroup.published";
    public static final String PURGEABLE = "CourseGroup.purgeable";
    public static final String BY_TITLE = "CourseGroup.byTitle";

    static final int MAX_SEATS = 200;
    static final int MAX_SESSIONS = 52;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Programme programme;

    @Column(name = "title_sv", nullable = false, length = 160)
    private String titleSv;

    @Column(name = "title_en", length = 160)
    private String titleEn;

    @Column(name = "description_sv", nullable = false, length = 4000)
    private String descriptionSv;

    @Column(name = "description_en", length = 4000)
    private String descriptionEn;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(name = "course_language", nullable = false, length = 10)
    private String courseLanguage;

    @Column(name = "first_session", nullable = false)
    private LocalDateTime firstSession;

    @Column(name = "session_count", nullable = false)
    private int sessionCount;

    @Column(name = "session_minutes", nullable = false)
    private int sessionMinutes;

    @Column(nullable = false)
    private int seats;

    @Column(name = "booked_count", nullable = false)
    private int bookedCount;

    @Column(name = "waitlisted_count", nullable = false)
    private int waitlistedCount;

    @Column(name = "last_waitlist_number", nullable = false)
    private int lastWaitlistNumber;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "participants_purged", nullable = false)
    private boolean participantsPurged;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CourseGroup() {
        // for JPA
    }

    /** A new group, not yet shown to parents. */
    public static CourseGroup plan(CourseDetails details, Instant now) {
        CourseGroup group = new CourseGroup();
        group.describe(details, now);
        return group;
    }

    /** New details; the seats never go below the parents already booked. */
    public void describe(CourseDetails details, Instant now) {
        if (details == null || details.programme() == null) {
            throw CourseRejected.invalid("programme", "course.programme.required");
        }
        String newTitleSv = Texts.required(details.titleSv(), 160, "titleSv");
        String newDescriptionSv = Texts.required(details.descriptionSv(), 4000, "descriptionSv");
        String newTitleEn = Texts.optional(details.titleEn(), 160, "titleEn");
        String newDescriptionEn = Texts.optional(details.descriptionEn(), 4000, "descriptionEn");
        String newPlace = Texts.required(details.place(), 200, "place");
        String language = details.courseLanguage() == null ? "" : details.courseLanguage().strip().toLowerCase();
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            throw CourseRejected.invalid("courseLanguage", "course.courseLanguage.invalid");
        }
        if (details.firstSession() == null) {
            throw CourseRejected.invalid("firstSession", "course.firstSession.required");
        }
        if (details.sessionCount() < 1 || details.sessionCount() > MAX_SESSIONS) {
            throw CourseRejected.invalid("sessionCount", "course.sessionCount.invalid");
        }
        if (details.sessionMinutes() < 15 || details.sessionMinutes() > 480) {
            throw CourseRejected.invalid("sessionMinutes", "course.sessionMinutes.invalid");
        }
        if (details.seats() < 1 || details.seats() > MAX_SEATS) {
            throw CourseRejected.invalid("seats", "course.seats.invalid");
        }
        if (details.seats() < bookedCount) {
            throw CourseRejected.invalid("seats", "course.seats.belowBooked");
        }
        programme = details.programme();
        titleSv = newTitleSv;
        titleEn = newTitleEn;
        descriptionSv = newDescriptionSv;
        descriptionEn = newDescriptionEn;
        place = newPlace;
        courseLanguage = language;
        firstSession = details.firstSession();
        sessionCount = details.sessionCount();
        sessionMinutes = details.sessionMinutes();
        seats = details.seats();
        updatedAt = now;
    }

    public void publish(Instant now) {
        published = true;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        published = false;
        updatedAt = now;
    }

    /** Gives the next sign-up a seat while there is one, otherwise the next place in the queue. */
    public Admission admit() {
        if (hasFreeSeat()) {
            bookedCount++;
            return new Admission(EnrolmentStatus.BOOKED, null, 0);
        }
        waitlistedCount++;
        lastWaitlistNumber++;
        return new Admission(EnrolmentStatus.WAITLISTED, lastWaitlistNumber, waitlistedCount);
    }

    /** A sign-up left: its seat or its place in the queue is free again. */
    public void release(EnrolmentStatus left) {
        switch (left) {
            case BOOKED -> bookedCount--;
            case WAITLISTED -> waitlistedCount--;
            case CANCELLED -> { }
        }
    }

    /** The first in the queue moves to a free seat. */
    public void promoteFromWaitlist() {
        if (!hasFreeSeat() || waitlistedCount == 0) {
            throw new IllegalStateException("no free seat or nobody waiting in group " + id);
        }
        waitlistedCount--;
        bookedCount++;
    }

    public boolean hasFreeSeat() {
        return bookedCount < seats;
    }

    public boolean hasWaitlist() {
        return waitlistedCount > 0;
    }

    public void participantsPurged() {
        participantsPurged = true;
    }

    /** Every session, weekly from the first. */
    public List<LocalDateTime> sessions() {
        return IntStream.range(0, sessionCount).mapToObj(week -> firstSession.plusWeeks(week)).toList();
    }

    public LocalDate lastSessionDay() {
        return firstSession.plusWeeks(sessionCount - 1L).toLocalDate();
    }

    public boolean isTranslated() {
        return titleEn != null && descriptionEn != null;
    }

    public String title(String language) {
        return "en".equals(language) && titleEn != null ? titleEn : titleSv;
    }

    public String description(String language) {
        return "en".equals(language) && descriptionEn != null ? descriptionEn : descriptionSv;
    }

    public CourseDetails details() {
        return new CourseDetails(programme, titleSv, titleEn, descriptionSv, descriptionEn, place, courseLanguage,
                firstSession, sessionCount, sessionMinutes, seats);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Programme programme() {
        return programme;
    }

    public String place() {
        return place;
    }

    public String courseLanguage() {
        return courseLanguage;
    }

    public LocalDateTime firstSession() {
        return firstSession;
    }

    public int sessionMinutes() {
        return sessionMinutes;
    }

    public int seats() {
        return seats;
    }

    public int bookedCount() {
        return bookedCount;
    }

    public int waitlistedCount() {
        return waitlistedCount;
    }

    public int seatsLeft() {
        return Math.max(0, seats - bookedCount);
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isParticipantsPurged() {
        return participantsPurged;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

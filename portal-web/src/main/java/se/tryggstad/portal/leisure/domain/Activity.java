package se.tryggstad.portal.leisure.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.tryggstad.portal.shared.FieldProblem;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An activity in the fritidsutbud, organised by the city or a partner organisation. Partners
 * write drafts and submit them; staff approve or reject them with a reason. Only an approved
 * activity is public.
 */
@Entity
@Table(name = "lei_activity")
@NamedQuery(name = Activity.WITH_STATUS, query = "SELECT a FROM Activity a WHERE a.status = :status ORDER BY a.titleSv")
@NamedQuery(name = Activity.OF_ORGANISATION,
        query = "SELECT a FROM Activity a WHERE a.organisationId = :organisation ORDER BY a.updatedAt DESC")
@NamedQuery(name = Activity.OF_CITY, query = "SELECT a FROM Activity a WHERE a.organisationId IS NULL ORDER BY a.titleSv")
@NamedQuery(name = Activity.BY_TITLE, query = "SELECT a FROM Activity a WHERE a.titleSv = :title")
public class Activity {

    public static final String WITH_STATUS = "Activity.withStatus";
    public static final String OF_ORGANISATION = "Activity.ofOrganisation";
    public static final String OF_CITY = "Activity.ofCity";
    public static final String BY_TITLE = "Activity.byTitle";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivityStatus status;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    /** The organising partner; null when the city organises it. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "organiser_name", nullable = false, length = 160)
    private String organiserName;

    @Column(name = "title_sv", nullable = false, length = 120)
    private String titleSv;

    @Column(name = "description_sv", nullable = false, length = 4000)
    private String descriptionSv;

    @Column(name = "title_en", length = 120)
    private String titleEn;

    @Column(name = "description_en", length = 4000)
    private String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ActivityCategory category;

    @Column(name = "age_from", nullable = false)
    private int ageFrom;

    @Column(name = "age_to", nullable = false)
    private int ageTo;

    @Column(name = "free_of_charge", nullable = false)
    private boolean free;

    @Column(length = 200)
    private String cost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private SolnaArea area;

    @Column(name = "place_name", nullable = false, length = 160)
    private String placeName;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind", nullable = false, length = 8)
    private Schedule.Kind scheduleKind;

    /** For a weekly schedule: the weekdays, comma-separated (MONDAY,THURSDAY). */
    @Column(length = 80)
    private String weekdays;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lei_activity_date", joinColumns = @JoinColumn(name = "activity_id"))
    private List<DatedOccurrence> dates = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "school_holiday", length = 16)
    private SchoolHoliday holiday;

    @Column(nullable = false, length = 160)
    private String contact;

    @Column(length = 1000)
    private String accessibility;

    @Column(name = "sign_up_url", length = 500)
    private String signUpUrl;

    @Column(name = "drop_in", nullable = false)
    private boolean dropIn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Activity() {
        // for JPA
    }

    private Activity(ActivityDetails details, Long organisationId, String organiserName, Instant now) {
        this.organisationId = organisationId;
        this.organiserName = Objects.requireNonNull(organiserName, "organiserName");
        this.status = ActivityStatus.DRAFT;
        this.createdAt = now;
        apply(details, now);
    }

    /** A partner organisation's draft: not public until submitted and approved. */
    public static Activity draftBy(long organisationId, String organisationName, ActivityDetails details, Instant now) {
        return new Activity(details, organisationId, organisationName, now);
    }

    /** The city's own activity: staff write it, so it needs no review and is public at once. */
    public static Activity publishedByCity(String cityName, ActivityDetails details, Instant now) {
        Activity activity = new Activity(details, null, cityName, now);
        activity.status = ActivityStatus.APPROVED;
        return activity;
    }

    /** The organiser sends the activity for review. */
    public void submit(Instant now) {
        if (status != ActivityStatus.DRAFT && status != ActivityStatus.REJECTED) {
            throw ActivityRuleBroken.conflict("leisure.status.notSubmittable");
        }
        status = ActivityStatus.SUBMITTED;
        rejectionReason = null;
        updatedAt = now;
    }

    /** Staff find it fine: from now on it is public. */
    public void approve(Instant now) {
        if (status != ActivityStatus.SUBMITTED) {
            throw ActivityRuleBroken.conflict("leisure.status.notApprovable");
        }
        status = ActivityStatus.APPROVED;
        rejectionReason = null;
        updatedAt = now;
    }

    /** Staff turn it down (or take a public one down) and tell the organiser why. */
    public void reject(String reason, Instant now) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.length() < 5 || trimmed.length() > 1000) {
            throw ActivityRuleBroken.invalid("reason", "leisure.reason.invalid");
        }
        if (status != ActivityStatus.SUBMITTED && status != ActivityStatus.APPROVED) {
            throw ActivityRuleBroken.conflict("leisure.status.notRejectable");
        }
        status = ActivityStatus.REJECTED;
        rejectionReason = trimmed;
        updatedAt = now;
    }

    /**
     * The organiser changes what the activity says. A change to an activity that is public or in
     * review sends it back to review; a draft or rejected one stays a draft until submitted.
     */
    public void reviseByOrganiser(ActivityDetails details, Instant now) {
        apply(details, now);
        status = status == ActivityStatus.APPROVED || status == ActivityStatus.SUBMITTED
                ? ActivityStatus.SUBMITTED : ActivityStatus.DRAFT;
    }

    /** Staff correct what the activity says; its review status stays as it is. */
    public void correctByStaff(ActivityDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(ActivityDetails details, Instant now) {
        List<FieldProblem> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new ActivityRuleBroken(problems, false);
        }
        titleSv = details.titleSv();
        descriptionSv = details.descriptionSv();
        titleEn = details.titleEn();
        descriptionEn = details.descriptionEn();
        category = details.category();
        ageFrom = details.ageFrom();
        ageTo = details.ageTo();
        free = details.free();
        cost = details.cost();
        area = details.area();
        placeName = details.placeName();
        latitude = details.latitude();
        longitude = details.longitude();
        Schedule schedule = details.schedule();
        scheduleKind = schedule.kind();
        boolean weekly = schedule.kind() == Schedule.Kind.WEEKLY;
        weekdays = weekly ? schedule.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","))
                : null;
        startTime = weekly ? schedule.start() : null;
        endTime = weekly ? schedule.end() : null;
        validFrom = weekly ? schedule.validFrom() : null;
        validTo = weekly ? schedule.validTo() : null;
        dates.clear();
        schedule.dates().forEach(occurrence -> dates.add(new DatedOccurrence(occurrence)));
        holiday = details.holiday();
        contact = details.contact();
        accessibility = details.accessibility();
        signUpUrl = details.signUpUrl();
        dropIn = details.dropIn();
        updatedAt = now;
    }

    public boolean isPublic() {
        return status == ActivityStatus.APPROVED;
    }

    public boolean isOrganisedBy(long organisation) {
        return organisationId != null && organisationId == organisation;
    }

    public ActivityDetails details() {
        return new ActivityDetails(titleSv, descriptionSv, titleEn, descriptionEn, category, ageFrom, ageTo, free, cost,
                area, placeName, latitude, longitude, schedule(), holiday, contact, accessibility, signUpUrl, dropIn);
    }

    public Schedule schedule() {
        if (scheduleKind == Schedule.Kind.WEEKLY) {
            return Schedule.weekly(Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf)
                    .collect(Collectors.toSet()), startTime, endTime, validFrom, validTo);
        }
        return Schedule.dates(dates.stream().map(DatedOccurrence::toOccurrence).toList());
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ActivityStatus status() {
        return status;
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public String organiserName() {
        return organiserName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

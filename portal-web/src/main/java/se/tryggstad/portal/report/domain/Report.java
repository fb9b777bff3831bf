package se.tryggstad.portal.report.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.tryggstad.portal.shared.domain.BoundingBox;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A trygghetsrapport: a place that feels unsafe or is broken, what the reporter saw, when the place
 * feels unsafe, and what the city has done (its status history with public answers). The reporter's
 * contact details are optional, need consent, and are never public.
 */
@Entity
@Table(name = "rpt_report")
@NamedQuery(name = Report.BY_TOKEN_HASH, query = "SELECT r FROM Report r WHERE r.tokenHash = :hash")
@NamedQuery(name = Report.BY_REFERENCE, query = "SELECT r FROM Report r WHERE r.reference = :reference")
@NamedQuery(name = Report.OPEN_IN_BOX, query = "SELECT r FROM Report r WHERE r.categoryCode = :category "
        + "AND r.status IN :statuses AND r.published = TRUE AND r.latitude BETWEEN :south AND :north "
        + "AND r.longitude BETWEEN :west AND :east")
@NamedQuery(name = Report.PUBLISHED_AFTER, query = "SELECT r FROM Report r WHERE r.published = TRUE AND r.id > :after "
        + "ORDER BY r.id")
@NamedQuery(name = Report.CLOSED_WITH_CONTACT, query = "SELECT r FROM Report r WHERE r.status IN :statuses "
        + "AND (r.contactEmail IS NOT NULL OR r.contactPhone IS NOT NULL) AND r.createdAt < :before AND r.id > :after "
        + "ORDER BY r.id")
public class Report {

    public static final String BY_TOKEN_HASH = "Report.byTokenHash";
    public static final String BY_REFERENCE = "Report.byReference";
    public static final String OPEN_IN_BOX = "Report.openInBox";
    public static final String PUBLISHED_AFTER = "Report.publishedAfter";
    public static final String CLOSED_WITH_CONTACT = "Report.closedWithContact";

    public static final int MAX_PLACE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_ANSWER = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{2,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,40}");

    /** Given at creation from the repository's sequence, not by the database at the insert. */
    @Id
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 24)
    private String reference;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    private Double latitude;

    private Double longitude;

    @Column(nullable = false, length = MAX_PLACE)
    private String place;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "unsafe_times", nullable = false, length = 60)
    private String unsafeTimes;

    @Column(name = "unsafe_days", nullable = false, length = 80)
    private String unsafeDays;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "contact_language", nullable = false, length = 5)
    private String contactLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Column(nullable = false)
    private int supporters;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt ASC, id ASC")
    private List<StatusChange> history = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt ASC, id ASC")
    private List<InternalNote> notes = new ArrayList<>();

    /** The förvaltning staff assigned; null: the category's. */
    @Column(name = "assigned_department", length = ReportCategory.MAX_DEPARTMENT)
    private String assignedDepartment;

    /** The staff member (username) who handles the report, if one was named. */
    @Column(length = 64)
    private String assignee;

    /** The reference of the report this one was merged into as a duplicate. */
    @Column(name = "duplicate_of", length = 24)
    private String duplicateOf;

    /** False while staff have taken the report out of public view (e.g. personal data in the text). */
    @Column(nullable = false)
    private boolean published = true;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt ASC, id ASC")
    private List<ReportEvent> events = new ArrayList<>();

    protected Report() {
        // for JPA
    }

    /**
     * A new report, status {@link ReportStatus#NY}, checked against the rules and the municipality's
     * bounds. {@code id} is the one the repository gave out for it; {@code createdAt} is the submission
     * time (demo content passes earlier times).
     */
    public static Report submit(long id, ReportDraft draft, ReportCategory category, ReferenceNumber reference,
                                String tokenHash, BoundingBox bounds, Instant createdAt) {
        if (category == null || !category.isActive()) {
            throw ReportRejected.invalid("category", "report.category.required");
        }
        Report report = new Report();
        report.id = id;
        // the version its row is inserted with, so that what search is told before the commit matches it
        report.version = 1;
        report.categoryCode = category.code();
        pointOf(draft.latitude(), draft.longitude(), bounds).ifPresent(point -> {
            report.latitude = point.latitude();
            report.longitude = point.longitude();
        });
        report.place = required(draft.place(), MAX_PLACE, "place");
        report.description = required(draft.description(), MAX_DESCRIPTION, "description");
        report.unsafeTimes = draft.unsafeTimes().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        report.unsafeDays = draft.unsafeDays().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        report.contactEmail = optional(draft.email(), 254, "email");
        if (report.contactEmail != null && !EMAIL.matcher(report.contactEmail).matches()) {
            throw ReportRejected.invalid("email", "report.email.invalid");
        }
        report.contactPhone = optional(draft.phone(), 40, "phone");
        if (report.contactPhone != null && !PHONE.matcher(report.contactPhone).matches()) {
            throw ReportRejected.invalid("phone", "report.phone.invalid");
        }
        if (report.hasContact()) {
            if (!draft.consent()) {
                throw ReportRejected.invalid("consent", "report.consent.required");
            }
            report.consentAt = createdAt;
        }
        report.contactLanguage = "en".equals(draft.language()) ? "en" : "sv";
        report.reference = reference.toString();
        report.tokenHash = tokenHash;
        report.status = ReportStatus.NY;
        report.createdAt = createdAt;
        report.updatedAt = createdAt;
        report.history.add(new StatusChange(report, ReportStatus.NY, null, null, createdAt));
        return report;
    }

    /** The point, when both coordinates are given; it must lie within the municipality. */
    static Optional<GeoPoint> pointOf(Double latitude, Double longitude, BoundingBox bounds) {
        if (latitude == null && longitude == null) {
            return Optional.empty();
        }
        if (latitude == null || longitude == null) {
            throw ReportRejected.invalid(latitude == null ? "latitude" : "longitude", "report.position.incomplete");
        }
        GeoPoint point;
        try {
            point = new GeoPoint(latitude, longitude);
        } catch (IllegalArgumentException e) {
            throw ReportRejected.invalid("latitude", "report.position.outside");
        }
        if (!bounds.contains(point)) {
            throw ReportRejected.invalid("latitude", "report.position.outside");
        }
        return Optional.of(point);
    }

    /** Someone else says "jag håller med": the place needs attention, without a duplicate report. */
    public void support(Instant now) {
        if (!status.isOpen()) {
            throw new ReportRejected(ReportRejected.Reason.CONFLICT, null, "report.support.closed");
        }
        supporters++;
        updatedAt = now;
    }

    /** Staff move the report on, with an answer the public (and the reporter, by mail) sees. */
    public StatusChange changeStatus(ReportStatus target, String publicAnswer, String staffUser, Instant now) {
        if (target == null) {
            throw ReportRejected.invalid("status", "report.status.required");
        }
        if (!status.canMoveTo(target)) {
            throw ReportRejected.invalid("status", "report.status.notAllowed");
        }
        String answer = optional(publicAnswer, MAX_ANSWER, "publicAnswer");
        StatusChange change = new StatusChange(this, target, answer, requireStaff(staffUser), now);
        history.add(change);
        status = target;
        updatedAt = now;
        return change;
    }

    public InternalNote addNote(String text, String staffUser, Instant now) {
        InternalNote note = new InternalNote(this, required(text, 2000, "note"), requireStaff(staffUser), now);
        notes.add(note);
        updatedAt = now;
        return note;
    }

    /**
     * Staff give the report to a förvaltning and optionally to one person in it. Answers whether the
     * person is new to the report (and should be told).
     */
    public boolean assign(String department, String person, String staffUser, Instant now) {
        String checkedDepartment = Texts.required(department, ReportCategory.MAX_DEPARTMENT, "department",
                "report.assign.department.required");
        String checkedPerson = Texts.optional(person, 64, "assignee");
        boolean newPerson = checkedPerson != null && !checkedPerson.equals(assignee);
        assignedDepartment = checkedDepartment;
        assignee = checkedPerson;
        events.add(new ReportEvent(this, ReportEvent.Kind.ASSIGNED,
                checkedPerson == null ? checkedDepartment : checkedDepartment + " / " + checkedPerson,
                requireStaff(staffUser), now));
        updatedAt = now;
        return newPerson;
    }

    /**
     * Staff mark this report as a duplicate of {@code original}: this one closes with the public
     * answer (which points to the original), and its supporters, plus its reporter, count for the
     * original. Both logs record it. The original must be another open report that was not merged.
     */
    public StatusChange mergeInto(Report original, String publicAnswer, String staffUser, Instant now) {
        if (original == null) {
            throw ReportRejected.invalid("original", "report.merge.original.unknown");
        }
        if (original == this || original.reference.equals(reference)) {
            throw ReportRejected.invalid("original", "report.merge.self");
        }
        if (!original.status.isOpen() || original.duplicateOf != null) {
            throw ReportRejected.invalid("original", "report.merge.original.closed");
        }
        if (duplicateOf != null || !status.isOpen()) {
            throw new ReportRejected(ReportRejected.Reason.CONFLICT, null, "report.merge.alreadyClosed");
        }
        StatusChange change = changeStatus(ReportStatus.AVSLUTAD, publicAnswer, staffUser, now);
        duplicateOf = original.reference;
        original.supporters += supporters + 1;
        original.updatedAt = now;
        events.add(new ReportEvent(this, ReportEvent.Kind.MERGED_INTO, original.reference, staffUser, now));
        original.events.add(new ReportEvent(original, ReportEvent.Kind.MERGED_FROM, reference, staffUser, now));
        return change;
    }

    /** Staff take the report out of public view, e.g. because the text names a person. */
    public void unpublish(String staffUser, Instant now) {
        if (!published) {
            throw new ReportRejected(ReportRejected.Reason.CONFLICT, null, "report.unpublish.already");
        }
        published = false;
        events.add(new ReportEvent(this, ReportEvent.Kind.UNPUBLISHED, null, requireStaff(staffUser), now));
        updatedAt = now;
    }

    public void republish(String staffUser, Instant now) {
        if (published) {
            throw new ReportRejected(ReportRejected.Reason.CONFLICT, null, "report.republish.already");
        }
        published = true;
        events.add(new ReportEvent(this, ReportEvent.Kind.REPUBLISHED, null, requireStaff(staffUser), now));
        updatedAt = now;
    }

    /**
     * Staff rewrite the public description, e.g. to remove personal data. The log records who and
     * when, but not the old text (that is what is being removed).
     */
    public void redact(String newDescription, String staffUser, Instant now) {
        String checked = required(newDescription, MAX_DESCRIPTION, "description");
        if (checked.equals(description)) {
            return;
        }
        description = checked;
        events.add(new ReportEvent(this, ReportEvent.Kind.REDACTED, null, requireStaff(staffUser), now));
        updatedAt = now;
    }

    private static String requireStaff(String staffUser) {
        if (staffUser == null || staffUser.isBlank()) {
            throw new IllegalArgumentException("every change by staff names who made it");
        }
        return staffUser;
    }

    private static String required(String value, int max, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw ReportRejected.invalid(field, "report." + field + ".required");
        }
        if (trimmed.length() > max) {
            throw ReportRejected.invalid(field, "report.tooLong");
        }
        return trimmed;
    }

    private static String optional(String value, int max, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw ReportRejected.invalid(field, "report.tooLong");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Since when the report has been closed (every status that is not open: åtgärdad, avslutad,
     * vidarebefordrad till polisen, ej åtgärd), i.e. the time of the first change in the latest run
     * of closed statuses; empty while it is open.
     */
    public Optional<Instant> closedSince() {
        if (status.isOpen()) {
            return Optional.empty();
        }
        Instant since = null;
        for (int i = history.size() - 1; i >= 0 && !history.get(i).status().isOpen(); i--) {
            since = history.get(i).changedAt();
        }
        return Optional.ofNullable(since == null ? updatedAt : since);
    }

    /**
     * Retention: the reporter's e-mail, phone and consent are erased; the report, its history and
     * public answers stay. Does not count as a public update.
     */
    public void forgetContact() {
        contactEmail = null;
        contactPhone = null;
        consentAt = null;
    }

    public boolean hasContact() {
        return contactEmail != null || contactPhone != null;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public Optional<GeoPoint> point() {
        return latitude == null || longitude == null ? Optional.empty()
                : Optional.of(new GeoPoint(latitude, longitude));
    }

    public String place() {
        return place;
    }

    public String description() {
        return description;
    }

    public Set<UnsafeTime> unsafeTimes() {
        return unsafeTimes.isEmpty() ? Set.of() : Arrays.stream(unsafeTimes.split(","))
                .map(UnsafeTime::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(UnsafeTime.class)));
    }

    public Set<DayOfWeek> unsafeDays() {
        return unsafeDays.isEmpty() ? Set.of() : Arrays.stream(unsafeDays.split(","))
                .map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactLanguage() {
        return contactLanguage;
    }

    public ReportStatus status() {
        return status;
    }

    public int supporters() {
        return supporters;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }

    public List<InternalNote> notes() {
        return Collections.unmodifiableList(notes);
    }

    public List<ReportEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public Optional<String> assignedDepartment() {
        return Optional.ofNullable(assignedDepartment);
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Optional<String> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }

    public boolean isPublished() {
        return published;
    }
}

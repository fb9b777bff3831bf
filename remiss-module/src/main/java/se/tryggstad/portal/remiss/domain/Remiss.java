package se.tryggstad.portal.remiss.domain;

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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A police remiss on an event permit: the application as the police sent it (changeable while it is being
 * handled, every change audited) and where it is in the workflow. Moves follow {@link RemissStatus}; the
 * proposal for the yttrande is reviewed by someone other than its author (four eyes).
 */
@Entity
@Table(name = "rms_remiss")
@NamedQuery(name = Remiss.BY_POLICE_CASE, query = "SELECT r FROM Remiss r WHERE r.policeCaseNumber = :number")
@NamedQuery(name = Remiss.ALL, query = "SELECT r FROM Remiss r ORDER BY r.answerBy, r.id")
@NamedQuery(name = Remiss.OVERLAPPING, query = "SELECT r FROM Remiss r WHERE r.id <> :id "
        + "AND r.buildUpStarts < :until AND r.teardownEnds > :from AND r.status NOT IN :finished ORDER BY r.startsAt")
@NamedQuery(name = Remiss.DUE_FOR_REMINDER, query = "SELECT r FROM Remiss r WHERE r.remindedAt IS NULL "
        + "AND r.answerBy <= :day AND r.status NOT IN :done ORDER BY r.answerBy")
@NamedQuery(name = Remiss.COUNT, query = "SELECT COUNT(r) FROM Remiss r")
public class Remiss {

    public static final String BY_POLICE_CASE = "Remiss.byPoliceCase";
    public static final String ALL = "Remiss.all";
    public static final String OVERLAPPING = "Remiss.overlapping";
    public static final String DUE_FOR_REMINDER = "Remiss.dueForReminder";
    public static final String COUNT = "Remiss.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String diarienummer;

    @Column(name = "police_case_number", nullable = false, length = 60)
    private String policeCaseNumber;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "answer_by", nullable = false)
    private LocalDate answerBy;

    @Column(name = "police_email", nullable = false)
    private String policeEmail;

    @Column(name = "organiser_name", nullable = false)
    private String organiserName;

    @Column(name = "organisation_number")
    private String organisationNumber;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "event_name", nullable = false)
    private String eventName;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "place_address", nullable = false)
    private String placeAddress;

    private Double latitude;

    private Double longitude;

    @Column(name = "place_kind", nullable = false)
    private String placeKind;

    @Column(name = "arena_area", nullable = false)
    private boolean arenaArea;

    @Column(name = "build_up_starts", nullable = false)
    private LocalDateTime buildUpStarts;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "teardown_ends", nullable = false)
    private LocalDateTime teardownEnds;

    @Column(name = "peak_visitors", nullable = false)
    private int peakVisitors;

    @Column(name = "total_visitors", nullable = false)
    private int totalVisitors;

    @Column(name = "alcohol_served", nullable = false)
    private boolean alcoholServed;

    @Column(nullable = false)
    private boolean ticketed;

    @Column(nullable = false)
    private String structures;

    @Column(nullable = false)
    private boolean pyrotechnics;

    @Column(name = "food_sales", nullable = false)
    private boolean foodSales;

    @Column(name = "road_closures", nullable = false)
    private boolean roadClosures;

    @Column(name = "amplified_sound", nullable = false)
    private boolean amplifiedSound;

    @Column(name = "sound_ends_at")
    private LocalTime soundEndsAt;

    @Column(name = "late_hours", nullable = false)
    private boolean lateHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RemissStatus status;

    @Column(name = "proposal_author")
    private String proposalAuthor;

    private String reviewer;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    protected Remiss() {
        // for JPA
    }

    /** A new remiss from an application without problems (the caller checked them), received now. */
    public static Remiss register(RemissApplication application, String diarienummer, String registeredBy,
                                  LocalDateTime now) {
        if (!application.problems().isEmpty()) {
            throw new RemissRejected(RemissRejected.Reason.INVALID, application.problems());
        }
        Remiss remiss = new Remiss();
        remiss.diarienummer = diarienummer;
        remiss.apply(application);
        remiss.status = RemissStatus.MOTTAGEN;
        remiss.registeredBy = registeredBy;
        remiss.registeredAt = now;
        return remiss;
    }

    private void apply(RemissApplication a) {
        policeCaseNumber = a.policeCaseNumber();
        receivedOn = a.receivedOn();
        answerBy = a.answerBy();
        policeEmail = a.policeEmail();
        organiserName = a.organiserName();
        organisationNumber = a.organisationNumber();
        contactName = a.contactName();
        contactPhone = a.contactPhone();
        contactEmail = a.contactEmail();
        eventName = a.eventName();
        eventType = a.type().orElseThrow().name();
        placeAddress = a.placeAddress();
        latitude = a.latitude();
        longitude = a.longitude();
        placeKind = a.kind().orElseThrow().name();
        arenaArea = a.arenaArea();
        buildUpStarts = a.buildUpStarts();
        startsAt = a.starts();
        endsAt = a.ends();
        teardownEnds = a.teardownEnds();
        peakVisitors = a.peakVisitors();
        totalVisitors = a.totalVisitors();
        alcoholServed = a.alcoholServed();
        ticketed = a.ticketed();
        structures = a.structures().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        pyrotechnics = a.pyrotechnics();
        foodSales = a.foodSales();
        roadClosures = a.roadClosures();
        amplifiedSound = a.amplifiedSound();
        soundEndsAt = a.amplifiedSound() ? a.soundEndsAt() : null;
        lateHours = a.lateHours();
    }

    /** The application as it stands now. */
    public RemissApplication application() {
        Set<String> structureNames = structures.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(structures.split(",")));
        return new RemissApplication(policeCaseNumber, receivedOn, answerBy, policeEmail, organiserName,
                organisationNumber, contactName, contactPhone, contactEmail, eventName, eventType, placeAddress,
                latitude, longitude, placeKind, arenaArea, buildUpStarts, startsAt, endsAt, teardownEnds, peakVisitors,
                totalVisitors, alcoholServed, ticketed, structureNames, pyrotechnics, foodSales, roadClosures,
                amplifiedSound, soundEndsAt, lateHours);
    }

    /**
     * Changes the application while the remiss is still being handled; answers one audit entry per changed field
     * (old → new). Nothing changes when the new application has problems.
     */
    public List<AuditEntry> change(RemissApplication changed, String actor, LocalDateTime now) {
        if (!status.allowsApplicationChanges()) {
            throw RemissRejected.conflict("", "remiss.change.notNow");
        }
        if (!changed.problems().isEmpty()) {
            throw new RemissRejected(RemissRejected.Reason.INVALID, changed.problems());
        }
        Map<String, String> before = application().asText();
        Map<String, String> after = changed.asText();
        LocalDate answerByBefore = answerBy;
        List<AuditEntry> entries = new ArrayList<>();
        for (Map.Entry<String, String> field : before.entrySet()) {
            String newValue = after.get(field.getKey());
            if (!Objects.equals(field.getValue(), newValue)) {
                entries.add(AuditEntry.of(this, now, actor, "application." + field.getKey(), field.getValue(), newValue));
            }
        }
        apply(changed);
        if (changed.answerBy().isAfter(answerByBefore)) {
            remindedAt = null;
        }
        return entries;
    }

    /** Moves the remiss to the next state the handler chose. */
    public AuditEntry moveTo(RemissStatus target, String actor, LocalDateTime now) {
        if (target == null) {
            throw RemissRejected.invalid("status", "remiss.required");
        }
        if (target == RemissStatus.YTTRANDE_SKICKAT) {
            throw RemissRejected.conflict("status", "remiss.transition.sendThroughYttrande");
        }
        if (!status.mayMoveTo(target)) {
            throw RemissRejected.conflict("status", "remiss.transition.illegal");
        }
        if (target == RemissStatus.GRANSKAD && actor.equals(proposalAuthor)) {
            throw RemissRejected.forbidden("remiss.review.notByAuthor");
        }
        RemissStatus before = status;
        status = target;
        switch (target) {
            case FORSLAG_TILL_YTTRANDE -> {
                proposalAuthor = actor;
                reviewer = null;
            }
            case GRANSKAD -> reviewer = actor;
            case UNDER_HANDLAGGNING -> reviewer = null;
            case AVSLUTAD, AVVISAD, ATERKALLAD -> closedAt = now;
            default -> {
                // no more to remember
            }
        }
        return AuditEntry.of(this, now, actor, "status", before.name(), target.name());
    }

    /** The reviewed yttrande went to the police. */
    public AuditEntry markYttrandeSent(String actor, LocalDateTime now) {
        if (status != RemissStatus.GRANSKAD) {
            throw RemissRejected.conflict("status", "remiss.yttrande.notReviewed");
        }
        status = RemissStatus.YTTRANDE_SKICKAT;
        if (answeredAt == null) {
            answeredAt = now;
        }
        return AuditEntry.of(this, now, actor, "status", RemissStatus.GRANSKAD.name(),
                RemissStatus.YTTRANDE_SKICKAT.name());
    }

    public void markReminded(LocalDateTime now) {
        remindedAt = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String diarienummer() {
        return diarienummer;
    }

    public String policeCaseNumber() {
        return policeCaseNumber;
    }

    public RemissStatus status() {
        return status;
    }

    public String proposalAuthor() {
        return proposalAuthor;
    }

    public String reviewer() {
        return reviewer;
    }

    public String eventName() {
        return eventName;
    }

    public String eventType() {
        return eventType;
    }

    public String placeAddress() {
        return placeAddress;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate answerBy() {
        return answerBy;
    }

    public String policeEmail() {
        return policeEmail;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public LocalDateTime registeredAt() {
        return registeredAt;
    }

    public LocalDateTime answeredAt() {
        return answeredAt;
    }

    public LocalDateTime closedAt() {
        return closedAt;
    }

    public int peakVisitors() {
        return peakVisitors;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public String organiserName() {
        return organiserName;
    }
}

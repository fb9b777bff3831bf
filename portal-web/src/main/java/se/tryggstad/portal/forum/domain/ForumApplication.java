package se.tryggstad.portal.forum.domain;

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
import se.tryggstad.portal.shared.OrganisationNumber;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's application to join one or more forums. Staff verify it (then the organisation
 * is registered or found, admitted, and its contact person invited) or reject it with a reason;
 * either way it is decided once.
 */
@Entity
@Table(name = "frm_application")
@NamedQuery(name = ForumApplication.WITH_STATUS,
        query = "SELECT a FROM ForumApplication a WHERE a.status = :status ORDER BY a.createdAt")
public class ForumApplication {

    public static final String WITH_STATUS = "ForumApplication.withStatus";
    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "org_name", nullable = false, length = 160)
    private String organisationName;

    @Column(name = "org_number", nullable = false, length = 11)
    private String organisationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 32)
    private ApplicantType type;

    @Column(name = "contact_name", nullable = false, length = 120)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "decision_reason", length = MAX_REASON)
    private String decisionReason;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "frm_application_forum", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "forum_id", nullable = false)
    private Set<Long> forumIds = new HashSet<>();

    protected ForumApplication() {
        // for JPA
    }

    /** A received application; the draft must have no problems. */
    public static ForumApplication receive(ApplicationDraft draft, Instant now) {
        ForumApplication application = new ForumApplication();
        application.organisationName = draft.organisationName();
        application.organisationNumber = OrganisationNumber.of(draft.organisationNumber()).value();
        application.type = draft.type();
        application.contactName = draft.contactName();
        application.contactEmail = draft.contactEmail();
        application.contactPhone = draft.contactPhone().isEmpty() ? null : draft.contactPhone();
        application.language = draft.language();
        application.forumIds = new HashSet<>(draft.forumIds());
        application.status = ApplicationStatus.RECEIVED;
        application.createdAt = now;
        return application;
    }

    /** Staff verified the organisation; it is now the organisation with this id. */
    public void verify(String staffUsername, long verifiedOrganisationId, Instant now) {
        requireUndecided();
        this.status = ApplicationStatus.VERIFIED;
        this.organisationId = verifiedOrganisationId;
        this.decidedBy = staffUsername;
        this.decidedAt = now;
    }

    /** Staff rejected the application; the reason (1 to 1000 characters) is mailed to the contact person. */
    public void reject(String staffUsername, String reason, Instant now) {
        requireUndecided();
        if (!isValidReason(reason)) {
            throw new IllegalArgumentException("a rejection needs a reason of 1 to 1000 characters");
        }
        this.status = ApplicationStatus.REJECTED;
        this.decisionReason = reason.strip();
        this.decidedBy = staffUsername;
        this.decidedAt = now;
    }

    public static boolean isValidReason(String reason) {
        return reason != null && !reason.isBlank() && reason.strip().length() <= MAX_REASON;
    }

    public boolean isDecided() {
        return status != ApplicationStatus.RECEIVED;
    }

    private void requireUndecided() {
        if (isDecided()) {
            throw new IllegalStateException("application " + id + " is already " + status);
        }
    }

    public Long id() { return id; }
    public long version() { return version; }
    public String organisationName() { return organisationName; }
    public OrganisationNumber organisationNumber() { return OrganisationNumber.of(organisationNumber); }
    public ApplicantType type() { return type; }
    public String contactName() { return contactName; }
    public String contactEmail() { return contactEmail; }
    public Optional<String> contactPhone() { return Optional.ofNullable(contactPhone); }
    public String language() { return language; }
    public ApplicationStatus status() { return status; }
    public Optional<String> decisionReason() { return Optional.ofNullable(decisionReason); }
    public Optional<Long> organisationId() { return Optional.ofNullable(organisationId); }
    public Instant createdAt() { return createdAt; }
    public Optional<Instant> decidedAt() { return Optional.ofNullable(decidedAt); }
    public Set<Long> forumIds() { return Set.copyOf(forumIds); }
}

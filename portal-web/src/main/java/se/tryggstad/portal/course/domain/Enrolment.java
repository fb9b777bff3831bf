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
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A parent's sign-up to a course group: a name, an e-mail address and/or a phone number, the
 * language they wrote in, and a secret token for cancelling from the confirmation mail. The
 * personal data is purged some time after the course; the sign-up itself remains for statistics.
 */
@Entity
@Table(name = "crs_enrolment")
@NamedQuery(name = Enrolment.OF_GROUP, query = "SELECT e FROM Enrolment e WHERE e.groupId = :group "
        + "AND e.status <> se.tryggstad.portal.course.domain.EnrolmentStatus.CANCELLED "
        + "ORDER BY e.status, e.waitlistNumber, e.id")
@NamedQuery(name = Enrolment.ACTIVE_WITH_EMAIL, query = "SELECT e FROM Enrolment e WHERE e.groupId = :group "
        + "AND e.email = :email AND e.status <> se.tryggstad.portal.course.domain.EnrolmentStatus.CANCELLED")
@NamedQuery(name = Enrolment.FIRST_WAITING, query = "SELECT e FROM Enrolment e WHERE e.groupId = :group "
        + "AND e.status = se.tryggstad.portal.course.domain.EnrolmentStatus.WAITLISTED ORDER BY e.waitlistNumber")
@NamedQuery(name = Enrolment.WAITING_AHEAD, query = "SELECT COUNT(e) FROM Enrolment e WHERE e.groupId = :group "
        + "AND e.status = se.tryggstad.portal.course.domain.EnrolmentStatus.WAITLISTED AND e.waitlistNumber < :number")
@NamedQuery(name = Enrolment.BY_TOKEN, query = "SELECT e FROM Enrolment e WHERE e.cancelToken = :token")
@NamedQuery(name = Enrolment.ALL_OF_GROUP, query = "SELECT e FROM Enrolment e WHERE e.groupId = :group")
public class Enrolment {

    public static final String OF_GROUP = "Enrolment.ofGroup";
    public static final String ACTIVE_WITH_EMAIL = "Enrolment.activeWithEmail";
    public static final String FIRST_WAITING = "Enrolment.firstWaiting";
    public static final String WAITING_AHEAD = "Enrolment.waitingAhead";
    public static final String BY_TOKEN = "Enrolment.byToken";
    public static final String ALL_OF_GROUP = "Enrolment.allOfGroup";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,38}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EnrolmentStatus status;

    @Column(name = "waitlist_number")
    private Integer waitlistNumber;

    @Column(name = "parent_name", length = 120)
    private String parentName;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "cancel_token", length = 64)
    private String cancelToken;

    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Enrolment() {
        // for JPA
    }

    /** The contact details a parent gave, checked; throws {@link CourseRejected} at the first wrong field. */
    public record Contact(String parentName, String email, String phone, String language, boolean consent) {

        public Contact {
            parentName = Texts.required(parentName, 120, "parentName");
            email = Texts.optional(email, 254, "email");
            phone = Texts.optional(phone, 40, "phone");
            if (email == null && phone == null) {
                throw CourseRejected.invalid("email", "course.contact.required");
            }
            if (email != null) {
                email = email.toLowerCase(Locale.ROOT);
                if (!EMAIL.matcher(email).matches()) {
                    throw CourseRejected.invalid("email", "course.email.invalid");
                }
            }
            if (phone != null && !PHONE.matcher(phone).matches()) {
                throw CourseRejected.invalid("phone", "course.phone.invalid");
            }
            language = "en".equals(language) ? "en" : "sv";
            if (!consent) {
                throw CourseRejected.invalid("consent", "course.consent.required");
            }
        }
    }

    /** A sign-up that the group has admitted as booked or waitlisted. */
    public static Enrolment of(CourseGroup group, Admission admission, Contact contact, String cancelToken,
                               Instant now) {
        Enrolment enrolment = new Enrolment();
        enrolment.groupId = group.id();
        enrolment.status = admission.status();
        enrolment.waitlistNumber = admission.waitlistNumber();
        enrolment.parentName = contact.parentName();
        enrolment.email = contact.email();
        enrolment.phone = contact.phone();
        enrolment.language = contact.language();
        enrolment.cancelToken = cancelToken;
        enrolment.consentedAt = now;
        enrolment.createdAt = now;
        return enrolment;
    }

    /** Cancels the sign-up; answers what it was before, so the group can free that seat or place. */
    public EnrolmentStatus cancel() {
        EnrolmentStatus before = status;
        status = EnrolmentStatus.CANCELLED;
        waitlistNumber = null;
        return before;
    }

    /** From the waitlist to a seat. */
    public void promote() {
        if (status != EnrolmentStatus.WAITLISTED) {
            throw new IllegalStateException("only a waitlisted sign-up is promoted: " + id);
        }
        status = EnrolmentStatus.BOOKED;
        waitlistNumber = null;
    }

    /** Forgets who the parent was; the sign-up's status stays for the group's numbers. */
    public void purgePersonalData() {
        parentName = null;
        email = null;
        phone = null;
        cancelToken = null;
    }

    public boolean isActive() {
        return status != EnrolmentStatus.CANCELLED;
    }

    public Long id() {
        return id;
    }

    public long groupId() {
        return groupId;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Integer waitlistNumber() {
        return waitlistNumber;
    }

    public String parentName() {
        return parentName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String language() {
        return language;
    }

    public String cancelToken() {
        return cancelToken;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

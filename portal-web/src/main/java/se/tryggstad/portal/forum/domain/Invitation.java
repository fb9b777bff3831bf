package se.tryggstad.portal.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An invitation for a person to sign in as PARTNER for an organisation: a one-time link with which
 * they choose their password. Only the SHA-256 hash of the link's token is stored; the link expires.
 */
@Entity
@Table(name = "frm_invitation")
@NamedQuery(name = Invitation.BY_TOKEN_HASH, query = "SELECT i FROM Invitation i WHERE i.tokenHash = :hash")
@NamedQuery(name = Invitation.OPEN_OF_ORGANISATION, query = "SELECT i FROM Invitation i "
        + "WHERE i.organisationId = :organisationId AND i.acceptedAt IS NULL AND i.expiresAt > :now ORDER BY i.createdAt")
@NamedQuery(name = Invitation.ACCEPTED_OF_ORGANISATION, query = "SELECT i FROM Invitation i "
        + "WHERE i.organisationId = :organisationId AND i.acceptedAt IS NOT NULL ORDER BY i.acceptedAt DESC")
public class Invitation {

    public static final String ACCEPTED_OF_ORGANISATION = "Invitation.acceptedOfOrganisation";

    public static final String BY_TOKEN_HASH = "Invitation.byTokenHash";
    public static final String OPEN_OF_ORGANISATION = "Invitation.openOfOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "organisation_admin", nullable = false)
    private boolean organisationAdmin;

    @Column(name = "invited_by", nullable = false, length = 64)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
        // for JPA
    }

    public static Invitation issue(long organisationId, String email, String displayName, String username, String tokenHash,
                                   boolean organisationAdmin, String invitedBy, Instant now, Duration validFor) {
        Invitation invitation = new Invitation();
        invitation.organisationId = organisationId;
        invitation.email = Objects.requireNonNull(email);
        invitation.displayName = Objects.requireNonNull(displayName);
        invitation.username = Objects.requireNonNull(username);
        invitation.tokenHash = Objects.requireNonNull(tokenHash);
        invitation.organisationAdmin = organisationAdmin;
        invitation.invitedBy = Objects.requireNonNull(invitedBy);
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(validFor);
        return invitation;
    }

    /** Whether the link still works: not used and not expired. */
    public boolean isOpen(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the link up; it never works again. */
    public void accept(Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("invitation " + id + " is used or expired");
        }
        this.acceptedAt = now;
    }

    public Long id() { return id; }
    public long organisationId() { return organisationId; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public String username() { return username; }
    public boolean organisationAdmin() { return organisationAdmin; }
    public Instant expiresAt() { return expiresAt; }
}

package se.tryggstad.portal.account.domain;

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

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in: staff, remiss handlers, administrators and partner members.
 * Residents never need an account.
 */
@Entity
@Table(name = "acc_user")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.ALL_BY_USERNAME, query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = UserAccount.ACTIVE_OF_ORGANISATION, query = "SELECT u FROM UserAccount u "
        + "WHERE u.organisationId = :organisationId AND u.active = TRUE ORDER BY u.displayName")
@NamedQuery(name = UserAccount.COUNT_ACTIVE_WITH_ROLE,
        query = "SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :role AND u.active = TRUE")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL_BY_USERNAME = "UserAccount.allByUsername";
    public static final String ACTIVE_OF_ORGANISATION = "UserAccount.activeOfOrganisation";
    public static final String COUNT_ACTIVE_WITH_ROLE = "UserAccount.countActiveWithRole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The partner organisation this person acts for, if any. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "acc_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
        // for JPA
    }

    private UserAccount(Username username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.username = username.value();
        this.displayName = requireDisplayName(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = copyOf(roles);
        this.active = true;
        this.createdAt = now;
    }

    /** A new, active account. The password must already be hashed. */
    public static UserAccount open(Username username, String displayName, String passwordHash, Set<Role> roles,
                                   Instant now) {
        return new UserAccount(username, displayName, passwordHash, roles, now);
    }

    public void assignRoles(Set<Role> newRoles) {
        this.roles = copyOf(newRoles);
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** From now on this person acts for that organisation (a person belongs to at most one). */
    public void joinOrganisation(long organisationId) {
        this.organisationId = organisationId;
    }

    public void leaveOrganisation() {
        this.organisationId = null;
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    private static Set<Role> copyOf(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static String requireDisplayName(String displayName) {
        String trimmed = displayName == null ? "" : displayName.strip();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new IllegalArgumentException("a display name has 1 to 120 characters");
        }
        return trimmed;
    }
}

package se.tryggstad.portal.account.domain;

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
import se.tryggstad.portal.shared.OrganisationNumber;

import java.time.Instant;
import java.util.Objects;

/**
 * A partner organisation (förening, fastighetsägare, näringsidkare …) whose members sign in with
 * the role PARTNER and act on its behalf.
 */
@Entity
@Table(name = "acc_organisation")
@NamedQuery(name = Organisation.ALL_BY_NAME, query = "SELECT o FROM Organisation o ORDER BY o.name")
@NamedQuery(name = Organisation.BY_NUMBER, query = "SELECT o FROM Organisation o WHERE o.organisationNumber = :number")
public class Organisation {

    public static final String ALL_BY_NAME = "Organisation.allByName";
    public static final String BY_NUMBER = "Organisation.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(name = "org_number", nullable = false, unique = true, length = 11)
    private String organisationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
        // for JPA
    }

    private Organisation(String name, OrganisationNumber number, OrganisationKind kind, Instant now) {
        this.name = requireName(name);
        this.organisationNumber = number.value();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.createdAt = now;
    }

    public static Organisation register(String name, OrganisationNumber number, OrganisationKind kind, Instant now) {
        return new Organisation(name, number, kind, now);
    }

    public static boolean isValidName(String name) {
        String trimmed = name == null ? "" : name.strip();
        return !trimmed.isEmpty() && trimmed.length() <= 160;
    }

    private static String requireName(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("an organisation's name has 1 to 160 characters");
        }
        return name.strip();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public OrganisationNumber organisationNumber() {
        return OrganisationNumber.of(organisationNumber);
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

package se.tryggstad.portal.support.domain;

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
import java.util.Objects;

/**
 * One place to turn to for help: who offers it, what it is, how to reach it. Public information
 * about an organisation, never about a person seeking help.
 */
@Entity
@Table(name = "sup_offer")
@NamedQuery(name = SupportOffer.PUBLISHED, query = "SELECT o FROM SupportOffer o WHERE o.published = TRUE "
        + "ORDER BY o.category, o.name")
@NamedQuery(name = SupportOffer.ALL, query = "SELECT o FROM SupportOffer o ORDER BY o.id")
@NamedQuery(name = SupportOffer.BY_NAME, query = "SELECT o FROM SupportOffer o WHERE o.name = :name")
public class SupportOffer {

    public static final String PUBLISHED = "SupportOffer.published";
    public static final String ALL = "SupportOffer.all";
    public static final String BY_NAME = "SupportOffer.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private SupportCategory category;

    @Column(nullable = false, length = 160)
    private String provider;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(length = 40)
    private String phone;

    @Column(name = "web_address", length = 300)
    private String webAddress;

    @Column(name = "anonymous_possible", nullable = false)
    private boolean anonymousPossible;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SupportOffer() {
        // for JPA
    }

    private SupportOffer(String name, SupportCategory category, String provider, String description, String phone,
                         String webAddress, boolean anonymousPossible, Instant now) {
        this.name = required(name, 160, "name");
        this.category = Objects.requireNonNull(category, "category");
        this.provider = required(provider, 160, "provider");
        this.description = required(description, 4000, "description");
        this.phone = optional(phone, 40);
        this.webAddress = optional(webAddress, 300);
        this.anonymousPossible = anonymousPossible;
        this.updatedAt = now;
    }

    /** A new offer, not yet shown to residents. */
    public static SupportOffer draft(String name, SupportCategory category, String provider, String description,
                                     String phone, String webAddress, boolean anonymousPossible, Instant now) {
        return new SupportOffer(name, category, provider, description, phone, webAddress, anonymousPossible, now);
    }

    public void publish(Instant now) {
        published = true;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        published = false;
        updatedAt = now;
    }

    private static String required(String value, int max, String what) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new IllegalArgumentException(what + " has 1 to " + max + " characters");
        }
        return trimmed;
    }

    private static String optional(String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException("at most " + max + " characters");
        }
        return trimmed.isEmpty() ? null : trimmed;
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

    public SupportCategory category() {
        return category;
    }

    public String provider() {
        return provider;
    }

    public String description() {
        return description;
    }

    public String phone() {
        return phone;
    }

    public String webAddress() {
        return webAddress;
    }

    public boolean isAnonymousPossible() {
        return anonymousPossible;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

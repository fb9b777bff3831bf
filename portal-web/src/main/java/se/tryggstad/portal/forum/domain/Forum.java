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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A samverkansforum: partner organisations that work with the city on a place or a theme. Its
 * members are organisations, never persons: a person reads a forum's workspace because the
 * organisation they act for is a member.
 */
@Entity
@Table(name = "frm_forum")
@NamedQuery(name = Forum.ALL_BY_NAME, query = "SELECT f FROM Forum f ORDER BY f.name")
@NamedQuery(name = Forum.PUBLIC_BY_NAME, query = "SELECT f FROM Forum f WHERE f.publicPage = TRUE ORDER BY f.name")
@NamedQuery(name = Forum.BY_NAME, query = "SELECT f FROM Forum f WHERE f.name = :name")
@NamedQuery(name = Forum.OF_ORGANISATION,
        query = "SELECT f FROM Forum f JOIN f.members m WHERE m.organisationId = :organisationId ORDER BY f.name")
public class Forum {

    public static final String ALL_BY_NAME = "Forum.allByName";
    public static final String PUBLIC_BY_NAME = "Forum.publicByName";
    public static final String BY_NAME = "Forum.byName";
    public static final String OF_ORGANISATION = "Forum.ofOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private ForumType type;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(name = "purpose_sv", nullable = false)
    private String purposeSv;

    @Column(name = "purpose_en")
    private String purposeEn;

    @Column(name = "area_coordinates")
    private String area;

    @Column(name = "public_page", nullable = false)
    private boolean publicPage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "frm_membership", joinColumns = @JoinColumn(name = "forum_id"))
    private List<Membership> members = new ArrayList<>();

    protected Forum() {
        // for JPA
    }

    /** A new forum without members; the details must have no problems. */
    public static Forum found(ForumDetails details, Instant now) {
        Forum forum = new Forum();
        forum.createdAt = now;
        forum.describe(details, now);
        return forum;
    }

    /** Changes what the forum says of itself; the details must have no problems. */
    public void describe(ForumDetails details, Instant now) {
        this.type = details.type();
        this.name = details.name();
        this.purposeSv = details.purposeSv();
        this.purposeEn = details.purposeEn().isEmpty() ? null : details.purposeEn();
        this.area = details.type().hasArea() ? ForumArea.parse(details.area()).text() : null;
        this.publicPage = details.publicPage();
        this.updatedAt = now;
    }

    /** Makes the organisation a member; admitting a member again changes nothing. */
    public boolean admit(long organisationId, Instant now) {
        if (hasMember(organisationId)) {
            return false;
        }
        members.add(new Membership(organisationId, now));
        this.updatedAt = now;
        return true;
    }

    public boolean dismiss(long organisationId, Instant now) {
        boolean removed = members.removeIf(member -> member.organisationId() == organisationId);
        if (removed) {
            this.updatedAt = now;
        }
        return removed;
    }

    public boolean hasMember(long organisationId) {
        return members.stream().anyMatch(member -> member.organisationId() == organisationId);
    }

    public List<Long> memberOrganisationIds() {
        return members.stream().map(Membership::organisationId).toList();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ForumType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String purposeSv() {
        return purposeSv;
    }

    public Optional<String> purposeEn() {
        return Optional.ofNullable(purposeEn);
    }

    public Optional<ForumArea> area() {
        return area == null ? Optional.empty() : Optional.of(ForumArea.parse(area));
    }

    public boolean hasPublicPage() {
        return publicPage;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

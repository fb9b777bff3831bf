package se.tryggstad.portal.forum.workspace.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A trygghetsvandring: members walk a route together at a set time and note what feels unsafe.
 * The findings are reports (see {@link WalkFinding}); the walk keeps its plan and invitations.
 */
@Entity
@Table(name = "frm_walk")
@NamedQuery(name = Walk.OF_FORUM, query = "SELECT w FROM Walk w WHERE w.forumId = :forumId ORDER BY w.startsAt DESC")
public class Walk {

    public static final String OF_FORUM = "Walk.ofForum";
    public static final int MAX_TEXT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "forum_id", nullable = false)
    private long forumId;

    @Column(nullable = false, length = MAX_TEXT)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "meeting_point", nullable = false, length = MAX_TEXT)
    private String meetingPoint;

    @Column(nullable = false)
    private String route;

    @Column(name = "planned_by", nullable = false, length = 100)
    private String plannedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "frm_walk_invitee", joinColumns = @JoinColumn(name = "walk_id"))
    @Column(name = "organisation_id")
    private Set<Long> invitedOrganisations = new TreeSet<>();

    protected Walk() {
        // for JPA
    }

    public static Walk plan(long forumId, String title, Instant startsAt, String meetingPoint, WalkRoute route,
                            Collection<Long> invited, String plannedBy, Instant now) {
        Walk walk = new Walk();
        walk.forumId = forumId;
        walk.title = title;
        walk.startsAt = startsAt;
        walk.meetingPoint = meetingPoint;
        walk.route = route.text();
        walk.invitedOrganisations.addAll(invited);
        walk.plannedBy = plannedBy;
        walk.createdAt = now;
        walk.updatedAt = now;
        return walk;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long forumId() {
        return forumId;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public String meetingPoint() {
        return meetingPoint;
    }

    public WalkRoute route() {
        return WalkRoute.parse(route);
    }

    public String plannedBy() {
        return plannedBy;
    }

    public List<Long> invitedOrganisations() {
        return new ArrayList<>(invitedOrganisations);
    }
}

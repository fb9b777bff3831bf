package se.tryggstad.portal.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** A partner organisation (by its id in the account context) that is a member of a forum, since when. */
@Embeddable
public class Membership {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {
        // for JPA
    }

    Membership(long organisationId, Instant joinedAt) {
        this.organisationId = organisationId;
        this.joinedAt = joinedAt;
    }

    public long organisationId() {
        return organisationId;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}

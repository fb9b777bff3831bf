package se.tryggstad.portal.forum.workspace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A finding of a walk: the report it became (id and reference number in the report context), who
 * recorded it and when. What the report says and its status are read from the report context.
 */
@Entity
@Table(name = "frm_walk_finding")
@NamedQuery(name = WalkFinding.OF_WALK,
        query = "SELECT f FROM WalkFinding f WHERE f.walkId = :walkId ORDER BY f.recordedAt, f.id")
public class WalkFinding {

    public static final String OF_WALK = "WalkFinding.ofWalk";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "walk_id", nullable = false)
    private long walkId;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "report_reference", nullable = false, length = 32)
    private String reportReference;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected WalkFinding() {
        // for JPA
    }

    public WalkFinding(long walkId, long reportId, String reportReference, String recordedBy, Instant recordedAt) {
        this.walkId = walkId;
        this.reportId = reportId;
        this.reportReference = reportReference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String reportReference() {
        return reportReference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

package se.tryggstad.portal.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of a report's internal log: a staff action that is not a status change (assignment,
 * merge, unpublishing, redaction), who did it and when. Never shown to the public, never changed.
 */
@Entity
@Table(name = "rpt_event")
public class ReportEvent {

    /** What staff did. {@link #detail()} holds its object, e.g. the förvaltning or the other reference. */
    public enum Kind { ASSIGNED, MERGED_INTO, MERGED_FROM, UNPUBLISHED, REPUBLISHED, REDACTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(length = 200)
    private String detail;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReportEvent() {
        // for JPA
    }

    ReportEvent(Report report, Kind kind, String detail, String actor, Instant createdAt) {
        this.report = report;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
        this.actor = actor;
        this.createdAt = createdAt;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public String actor() {
        return actor;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

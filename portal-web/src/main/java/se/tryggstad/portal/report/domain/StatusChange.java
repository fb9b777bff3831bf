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
 * One step of a report's history: the status it got, the answer the public sees, and who (staff
 * username; null for the reporter's own submission) set it when. Never changed afterwards.
 */
@Entity
@Table(name = "rpt_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Column(name = "public_answer", length = 2000)
    private String publicAnswer;

    @Column(name = "changed_by", length = 80)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Report report, ReportStatus status, String publicAnswer, String changedBy, Instant changedAt) {
        this.report = report;
        this.status = status;
        this.publicAnswer = publicAnswer;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public ReportStatus status() {
        return status;
    }

    public String publicAnswer() {
        return publicAnswer;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}

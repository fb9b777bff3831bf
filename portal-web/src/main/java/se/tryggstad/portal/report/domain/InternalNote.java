package se.tryggstad.portal.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A note among staff about a report; never shown to the public. Who wrote it and when is kept. */
@Entity
@Table(name = "rpt_note")
public class InternalNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(nullable = false, length = 80)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InternalNote() {
        // for JPA
    }

    InternalNote(Report report, String body, String author, Instant createdAt) {
        this.report = report;
        this.body = body;
        this.author = author;
        this.createdAt = createdAt;
    }

    public String body() {
        return body;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

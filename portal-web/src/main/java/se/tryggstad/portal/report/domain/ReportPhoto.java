package se.tryggstad.portal.report.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A photo of a report, as we re-encoded it (never the resident's original file). Written in the
 * transaction that stores the report, and never changed; it belongs to the report aggregate and is
 * kept apart from it only so that lists of reports never load image bytes.
 */
@Entity
@Table(name = "rpt_photo")
@NamedQuery(name = ReportPhoto.OF_REPORT, query = "SELECT p FROM ReportPhoto p WHERE p.reportId = :report "
        + "AND p.sequence = :sequence")
@NamedQuery(name = ReportPhoto.COUNT_OF_REPORT, query = "SELECT COUNT(p) FROM ReportPhoto p WHERE p.reportId = :report")
public class ReportPhoto {

    public static final String OF_REPORT = "ReportPhoto.ofReport";
    public static final String COUNT_OF_REPORT = "ReportPhoto.countOfReport";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    /** 1, 2, 3 … in the order the resident attached them; the number in the photo's URL. */
    @Column(nullable = false, updatable = false)
    private int sequence;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReportPhoto() {
    }

    private ReportPhoto(long reportId, int sequence, CleanPhoto photo, Instant createdAt) {
        this.reportId = reportId;
        this.sequence = sequence;
        this.content = photo.jpeg();
        this.width = photo.width();
        this.height = photo.height();
        this.createdAt = createdAt;
    }

    /** The photos of a just stored report, numbered from 1. */
    public static List<ReportPhoto> of(Report report, List<CleanPhoto> photos, Instant at) {
        List<ReportPhoto> stored = new ArrayList<>(photos.size());
        for (int i = 0; i < photos.size(); i++) {
            stored.add(new ReportPhoto(report.id(), i + 1, photos.get(i), at));
        }
        return stored;
    }

    public long reportId() { return reportId; }
    public int sequence() { return sequence; }
    public byte[] jpeg() { return content.clone(); }
    public int width() { return width; }
    public int height() { return height; }
    public Instant createdAt() { return createdAt; }
}

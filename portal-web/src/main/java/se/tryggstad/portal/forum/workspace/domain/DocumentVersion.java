package se.tryggstad.portal.forum.workspace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One upload of a document: what it was, who uploaded it for which organisation, and when. */
@Entity
@Table(name = "frm_document_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private ForumDocument document;

    @Column(nullable = false)
    private int number;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "organisation_name", length = 200)
    private String organisationName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DocumentVersion() {
        // for JPA
    }

    DocumentVersion(ForumDocument document, int number, StoredFile file, String uploadedBy, String organisationName,
                    Instant uploadedAt) {
        this.document = document;
        this.number = number;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.size();
        this.uploadedBy = uploadedBy;
        this.organisationName = organisationName;
        this.uploadedAt = uploadedAt;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public String organisationName() {
        return organisationName;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}

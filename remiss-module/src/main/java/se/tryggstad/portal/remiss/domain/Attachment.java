package se.tryggstad.portal.remiss.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * A file that came with a remiss (the application, a map, a säkerhetsplan): a PDF or an image whose type was
 * found from its content, never from its name or the sender's word.
 */
@Entity
@Table(name = "rms_attachment")
@NamedQuery(name = Attachment.OF_REMISS, query = "SELECT a FROM Attachment a WHERE a.remiss.id = :remissId ORDER BY a.id")
public class Attachment {

    public static final String OF_REMISS = "Attachment.ofRemiss";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "remiss_id", updatable = false)
    private Remiss remiss;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    protected Attachment() {
        // for JPA
    }

    /** A checked file: {@code contentType} is what its content was found to be. */
    public static Attachment of(Remiss remiss, String fileName, String contentType, byte[] content, String by,
                                LocalDateTime now) {
        Attachment attachment = new Attachment();
        attachment.remiss = remiss;
        attachment.fileName = safeName(fileName);
        attachment.contentType = contentType;
        attachment.content = content.clone();
        attachment.sizeBytes = content.length;
        attachment.sha256 = Hashes.sha256(content);
        attachment.addedBy = by;
        attachment.addedAt = now;
        return attachment;
    }

    /** Only the last path segment, without control characters, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "bilaga";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public LocalDateTime addedAt() {
        return addedAt;
    }
}

package se.tryggstad.portal.forum.workspace.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A document in a forum's workspace, known by its title. Uploading a file under the same title adds
 * a new version; earlier versions stay readable, so the history shows who changed what and when.
 */
@Entity
@Table(name = "frm_document")
@NamedQuery(name = ForumDocument.OF_FORUM,
        query = "SELECT d FROM ForumDocument d WHERE d.forumId = :forumId ORDER BY d.title")
@NamedQuery(name = ForumDocument.BY_TITLE,
        query = "SELECT d FROM ForumDocument d WHERE d.forumId = :forumId AND d.title = :title")
@NamedQuery(name = ForumDocument.ALL, query = "SELECT d FROM ForumDocument d")
public class ForumDocument {

    public static final String OF_FORUM = "ForumDocument.ofForum";
    public static final String BY_TITLE = "ForumDocument.byTitle";
    public static final String ALL = "ForumDocument.all";
    public static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "forum_id", nullable = false)
    private long forumId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number DESC")
    private List<DocumentVersion> versions = new ArrayList<>();

    protected ForumDocument() {
        // for JPA
    }

    public static ForumDocument titled(long forumId, String title, Instant now) {
        ForumDocument document = new ForumDocument();
        document.forumId = forumId;
        document.title = title;
        document.createdAt = now;
        document.updatedAt = now;
        return document;
    }

    /** A new version on top of the others; numbered from 1. */
    public DocumentVersion addVersion(StoredFile file, String uploadedBy, String organisationName, Instant now) {
        int next = versions.stream().mapToInt(DocumentVersion::number).max().orElse(0) + 1;
        DocumentVersion added = new DocumentVersion(this, next, file, uploadedBy, organisationName, now);
        versions.add(0, added);
        updatedAt = now;
        return added;
    }

    public Optional<DocumentVersion> versionNumber(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
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

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Newest first. */
    public List<DocumentVersion> versions() {
        return Collections.unmodifiableList(versions);
    }
}

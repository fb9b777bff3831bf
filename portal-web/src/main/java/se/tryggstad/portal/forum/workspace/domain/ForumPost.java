package se.tryggstad.portal.forum.workspace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One post in a thread: who wrote it, for which organisation, and when. */
@Entity
@Table(name = "frm_post")
@NamedQuery(name = ForumPost.OF_FORUM_BETWEEN, query = "SELECT p FROM ForumPost p WHERE p.forumId = :forumId"
        + " AND p.createdAt >= :from AND p.createdAt < :to ORDER BY p.createdAt, p.id")
public class ForumPost {

    public static final String OF_FORUM_BETWEEN = "ForumPost.ofForumBetween";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "thread_id", nullable = false)
    private ForumThread thread;

    @Column(name = "forum_id", nullable = false)
    private long forumId;

    @Column(nullable = false, length = ForumThread.MAX_BODY)
    private String body;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "organisation_name", length = 200)
    private String organisationName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ForumPost() {
        // for JPA
    }

    ForumPost(ForumThread thread, String body, Author author, Instant createdAt) {
        this.thread = thread;
        this.forumId = thread.forumId();
        this.body = body;
        this.author = author.username();
        this.organisationName = author.organisationName();
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public ForumThread thread() {
        return thread;
    }

    public String body() {
        return body;
    }

    public String author() {
        return author;
    }

    public String organisationName() {
        return organisationName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

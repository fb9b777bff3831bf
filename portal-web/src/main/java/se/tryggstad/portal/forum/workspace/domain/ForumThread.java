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

/** A conversation among a forum's members: a title, the opening post and the replies, oldest first. */
@Entity
@Table(name = "frm_thread")
@NamedQuery(name = ForumThread.OF_FORUM,
        query = "SELECT t FROM ForumThread t WHERE t.forumId = :forumId ORDER BY t.lastPostAt DESC")
@NamedQuery(name = ForumThread.ALL, query = "SELECT t FROM ForumThread t")
public class ForumThread {

    public static final String OF_FORUM = "ForumThread.ofForum";
    public static final String ALL = "ForumThread.all";
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 10_000;

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

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    @OneToMany(mappedBy = "thread", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt ASC, id ASC")
    private List<ForumPost> posts = new ArrayList<>();

    protected ForumThread() {
        // for JPA
    }

    public static ForumThread start(long forumId, String title, String body, Author author, Instant now) {
        ForumThread thread = new ForumThread();
        thread.forumId = forumId;
        thread.title = title;
        thread.createdAt = now;
        thread.reply(body, author, now);
        return thread;
    }

    public ForumPost reply(String body, Author author, Instant now) {
        ForumPost post = new ForumPost(this, body, author, now);
        posts.add(post);
        lastPostAt = now;
        return post;
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastPostAt() {
        return lastPostAt;
    }

    public List<ForumPost> posts() {
        return Collections.unmodifiableList(posts);
    }
}

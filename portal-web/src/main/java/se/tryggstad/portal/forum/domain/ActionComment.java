package se.tryggstad.portal.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** A member's comment on an action: who wrote it (name and organisation), what and when. Never indexed. */
@Embeddable
public class ActionComment {

    @Column(nullable = false, length = 160)
    private String author;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ActionComment() {
        // for JPA
    }

    ActionComment(String author, String text, Instant createdAt) {
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }

    public String author() { return author; }
    public String text() { return text; }
    public Instant createdAt() { return createdAt; }
}

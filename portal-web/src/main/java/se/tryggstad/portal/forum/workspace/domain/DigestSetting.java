package se.tryggstad.portal.forum.workspace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A member's digest choice for one forum: none, daily or weekly, to the address they gave. */
@Entity
@Table(name = "frm_digest_setting")
@IdClass(DigestSetting.Key.class)
@NamedQuery(name = DigestSetting.WANTED,
        query = "SELECT s FROM DigestSetting s WHERE s.frequency <> :none AND s.email IS NOT NULL"
                + " ORDER BY s.forumId, s.username")
public class DigestSetting {

    public static final String WANTED = "DigestSetting.wanted";

    @Id
    @Column(name = "forum_id")
    private long forumId;

    @Id
    @Column(length = 100)
    private String username;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DigestFrequency frequency;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DigestSetting() {
        // for JPA
    }

    public DigestSetting(long forumId, String username) {
        this.forumId = forumId;
        this.username = username;
        this.frequency = DigestFrequency.NONE;
        this.language = "sv";
    }

    public void choose(DigestFrequency frequency, String email, String language, Instant now) {
        this.frequency = frequency;
        this.email = email;
        this.language = "en".equals(language) ? "en" : "sv";
        this.updatedAt = now;
    }

    /** After an unsubscribe link was used: no more digests, the address is forgotten. */
    public void stop(Instant now) {
        frequency = DigestFrequency.NONE;
        email = null;
        updatedAt = now;
    }

    public long forumId() {
        return forumId;
    }

    public String username() {
        return username;
    }

    public DigestFrequency frequency() {
        return frequency;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    /** The composite key (forum, username). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long forumId;
        private String username;

        public Key() {
        }

        public Key(long forumId, String username) {
            this.forumId = forumId;
            this.username = username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.forumId == forumId && Objects.equals(key.username, username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(forumId, username);
        }
    }
}

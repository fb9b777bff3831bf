package se.tryggstad.portal.forum.workspace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A digest period handled for a member (mailed, or nothing new to mail). The unique (forum, member,
 * period) keeps a period from being sent twice, also when two runs race. The mail's unsubscribe
 * token is kept as a hash only and works once.
 */
@Entity
@Table(name = "frm_digest_sent")
@NamedQuery(name = DigestSent.BY_HASH, query = "SELECT d FROM DigestSent d WHERE d.unsubscribeHash = :hash")
@NamedQuery(name = DigestSent.EXISTS, query = "SELECT COUNT(d) FROM DigestSent d WHERE d.forumId = :forumId"
        + " AND d.username = :username AND d.period = :period")
public class DigestSent {

    public static final String BY_HASH = "DigestSent.byHash";
    public static final String EXISTS = "DigestSent.exists";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false)
    private long forumId;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(nullable = false, length = 32)
    private String period;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "unsubscribe_hash", length = 64)
    private String unsubscribeHash;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected DigestSent() {
        // for JPA
    }

    public DigestSent(DigestSetting setting, DigestPeriod period, int postCount, String unsubscribeHash, Instant now) {
        this.forumId = setting.forumId();
        this.username = setting.username();
        this.period = period.key();
        this.postCount = postCount;
        this.unsubscribeHash = unsubscribeHash;
        this.sentAt = now;
    }

    /** Uses the unsubscribe link; false if it was used before. */
    public boolean useUnsubscribe(Instant now) {
        if (unsubscribedAt != null) {
            return false;
        }
        unsubscribedAt = now;
        return true;
    }

    public long forumId() {
        return forumId;
    }

    public String username() {
        return username;
    }
}

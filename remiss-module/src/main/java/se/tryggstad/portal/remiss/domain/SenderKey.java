package se.tryggstad.portal.remiss.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/** A sender (a police region or an integration) allowed to post remisser; the key is known only by its hash. */
@Entity
@Table(name = "rms_sender_key")
@NamedQuery(name = SenderKey.ACTIVE_BY_HASH, query = "SELECT k FROM SenderKey k WHERE k.keyHash = :hash AND k.revokedAt IS NULL")
@NamedQuery(name = SenderKey.ALL, query = "SELECT k FROM SenderKey k ORDER BY k.id")
public class SenderKey {

    public static final String ACTIVE_BY_HASH = "SenderKey.activeByHash";
    public static final String ALL = "SenderKey.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "sender_name", nullable = false)
    private String senderName;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected SenderKey() {
        // for JPA
    }

    public static SenderKey issue(String senderName, String keyHash, String admin, LocalDateTime now) {
        String name = senderName == null ? "" : senderName.strip();
        if (name.isEmpty()) {
            throw RemissRejected.invalid("senderName", "remiss.required");
        }
        if (name.length() > 120) {
            throw RemissRejected.invalid("senderName", "remiss.tooLong");
        }
        SenderKey key = new SenderKey();
        key.senderName = name;
        key.keyHash = keyHash;
        key.createdBy = admin;
        key.createdAt = now;
        return key;
    }

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public String senderName() {
        return senderName;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime revokedAt() {
        return revokedAt;
    }
}

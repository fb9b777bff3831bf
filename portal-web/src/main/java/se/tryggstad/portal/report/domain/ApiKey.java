package se.tryggstad.portal.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A client allowed to file reports through Open311; the key is known only by its hash. */
@Entity
@Table(name = "rpt_api_key")
@NamedQuery(name = ApiKey.ACTIVE_BY_HASH, query = "SELECT k FROM ApiKey k WHERE k.keyHash = :hash "
        + "AND k.revokedAt IS NULL")
@NamedQuery(name = ApiKey.ALL, query = "SELECT k FROM ApiKey k ORDER BY k.id")
public class ApiKey {

    public static final String ACTIVE_BY_HASH = "ApiKey.activeByHash";
    public static final String ALL = "ApiKey.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "client_name", nullable = false, length = 120)
    private String clientName;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
        // for JPA
    }

    public static ApiKey issue(String clientName, String keyHash, String admin, Instant now) {
        String name = clientName == null ? "" : clientName.strip();
        if (name.isEmpty()) {
            throw ReportRejected.invalid("clientName", "report.apiKey.clientName.required");
        }
        if (name.length() > 120) {
            throw ReportRejected.invalid("clientName", "report.tooLong");
        }
        ApiKey key = new ApiKey();
        key.clientName = name;
        key.keyHash = keyHash;
        key.createdBy = admin;
        key.createdAt = now;
        return key;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public String clientName() {
        return clientName;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}

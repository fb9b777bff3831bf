package se.tryggstad.portal.remiss.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One change of a remiss: who, when, what, old → new. Append-only: nothing changes an entry once written. */
@Entity
@Table(name = "rms_audit")
@NamedQuery(name = AuditEntry.OF_REMISS, query = "SELECT a FROM AuditEntry a WHERE a.remiss.id = :remissId ORDER BY a.id")
public class AuditEntry {

    public static final String OF_REMISS = "AuditEntry.ofRemiss";
    private static final int MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "remiss_id", updatable = false)
    private Remiss remiss;

    @Column(name = "at_time", nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String what;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    protected AuditEntry() {
        // for JPA
    }

    public static AuditEntry of(Remiss remiss, LocalDateTime at, String actor, String what, String oldValue,
                                String newValue) {
        AuditEntry entry = new AuditEntry();
        entry.remiss = remiss;
        entry.at = at;
        entry.actor = actor;
        entry.what = what;
        entry.oldValue = cut(oldValue);
        entry.newValue = cut(newValue);
        return entry;
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX ? value : value.substring(0, MAX - 1) + "…";
    }

    public LocalDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String what() {
        return what;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }
}

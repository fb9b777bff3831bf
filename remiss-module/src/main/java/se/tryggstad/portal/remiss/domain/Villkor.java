package se.tryggstad.portal.remiss.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A condition the city sets in its yttrande, with its origin: the rule (key and version) and the event fields that
 * proposed it, or none when a handler wrote it.
 */
@Entity
@Table(name = "rms_villkor")
@NamedQuery(name = Villkor.OF_REMISS, query = "SELECT v FROM Villkor v WHERE v.remiss.id = :remissId ORDER BY v.id")
public class Villkor {

    public static final String OF_REMISS = "Villkor.ofRemiss";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "remiss_id", updatable = false)
    private Remiss remiss;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VillkorOrigin origin;

    @Column(name = "rule_key")
    private String ruleKey;

    @Column(name = "rule_version")
    private Integer ruleVersion;

    @Column(name = "triggered_by")
    private String triggeredBy;

    @Column(name = "text_sv", nullable = false)
    private String text;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected Villkor() {
        // for JPA
    }

    public static Villkor fromRule(Remiss remiss, String ruleKey, int ruleVersion, List<String> triggeredBy, String text,
                                   String by, LocalDateTime now) {
        Villkor villkor = written(remiss, text, by, now);
        villkor.origin = VillkorOrigin.PROPOSED;
        villkor.ruleKey = ruleKey;
        villkor.ruleVersion = ruleVersion;
        villkor.triggeredBy = String.join(",", triggeredBy);
        return villkor;
    }

    public static Villkor written(Remiss remiss, String text, String by, LocalDateTime now) {
        if (!remiss.status().allowsApplicationChanges()) {
            throw RemissRejected.conflict("", "remiss.change.notNow");
        }
        Villkor villkor = new Villkor();
        villkor.remiss = remiss;
        villkor.origin = VillkorOrigin.MANUAL;
        villkor.text = checked(text);
        villkor.addedBy = by;
        villkor.addedAt = now;
        return villkor;
    }

    private static String checked(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw RemissRejected.invalid("text", "remiss.required");
        }
        if (stripped.length() > 2000) {
            throw RemissRejected.invalid("text", "remiss.tooLong");
        }
        return stripped;
    }

    /** A handler rewrites the text; a rule's proposal becomes an edited one (its rule stays named). */
    public String edit(String newText) {
        if (!remiss.status().allowsApplicationChanges()) {
            throw RemissRejected.conflict("", "remiss.change.notNow");
        }
        String old = text;
        text = checked(newText);
        if (origin == VillkorOrigin.PROPOSED && !old.equals(text)) {
            origin = VillkorOrigin.EDITED;
        }
        return old;
    }

    public Long id() {
        return id;
    }

    public Remiss remiss() {
        return remiss;
    }

    public VillkorOrigin origin() {
        return origin;
    }

    public String ruleKey() {
        return ruleKey;
    }

    public Integer ruleVersion() {
        return ruleVersion;
    }

    public List<String> triggeredBy() {
        return triggeredBy == null || triggeredBy.isEmpty() ? List.of() : Arrays.asList(triggeredBy.split(","));
    }

    public String text() {
        return text;
    }
}

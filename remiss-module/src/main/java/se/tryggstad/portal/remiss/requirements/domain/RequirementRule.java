package se.tryggstad.portal.remiss.requirements.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A requirement rule: a stable key and its versions. Editing never changes a version; it adds the next one, so a
 * remiss's villkor can always be traced to the exact rule text (key and version) that proposed it. An inactive
 * rule proposes nothing but keeps its history.
 */
@Entity
@Table(name = "rms_rule")
@NamedQuery(name = RequirementRule.ALL, query = "SELECT r FROM RequirementRule r ORDER BY r.ruleKey")
@NamedQuery(name = RequirementRule.ACTIVE, query = "SELECT r FROM RequirementRule r WHERE r.active = TRUE ORDER BY r.ruleKey")
@NamedQuery(name = RequirementRule.BY_KEY, query = "SELECT r FROM RequirementRule r WHERE r.ruleKey = :key")
public class RequirementRule {

    public static final String ALL = "RequirementRule.all";
    public static final String ACTIVE = "RequirementRule.active";
    public static final String BY_KEY = "RequirementRule.byKey";

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int KEY_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "rule_key", nullable = false, length = KEY_MAX, updatable = false)
    private String ruleKey;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "rule", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("number ASC")
    private List<RuleVersion> versions = new ArrayList<>();

    protected RequirementRule() {
    }

    /** A new active rule with its first version. */
    public static RequirementRule create(String key, RuleContent content, String author, LocalDateTime now) {
        RequirementRule rule = new RequirementRule();
        rule.ruleKey = checkedKey(key);
        rule.active = true;
        rule.createdAt = now;
        rule.versions.add(new RuleVersion(rule, 1, content, author, now));
        return rule;
    }

    /** The key a new rule may have: lower-case letters, digits and single hyphens, e.g. {@code ordningsvakter}. */
    public static String checkedKey(String key) {
        String candidate = key == null ? "" : key.strip();
        if (candidate.isEmpty()) {
            throw new RuleViolation("key", "remissregel.error.key.required");
        }
        if (candidate.length() > KEY_MAX || !KEY.matcher(candidate).matches()) {
            throw new RuleViolation("key", "remissregel.error.key.format");
        }
        return candidate;
    }

    /** Adds the next version with this content, unless it says exactly what the current one says. */
    public boolean revise(RuleContent content, String author, LocalDateTime now) {
        if (current().content().equals(content)) {
            return false;
        }
        versions.add(new RuleVersion(this, current().number() + 1, content, author, now));
        return true;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public RuleVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<RuleVersion> versionNumber(int number) {
        return versions.stream().filter(candidate -> candidate.number() == number).findFirst();
    }

    public List<RuleVersion> versions() {
        return List.copyOf(versions);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String key() {
        return ruleKey;
    }

    public boolean isActive() {
        return active;
    }
}

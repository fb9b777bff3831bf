package se.tryggstad.portal.remiss.requirements.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One version of a requirement rule; never changed once written. */
@Entity
@Table(name = "rms_rule_version")
public class RuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rule_id", nullable = false, updatable = false)
    private RequirementRule rule;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = RuleContent.TITLE_MAX, updatable = false)
    private String title;

    @Column(name = "text_sv", nullable = false, length = RuleContent.TEXT_MAX, updatable = false)
    private String textSv;

    @Column(name = "text_en", nullable = false, length = RuleContent.TEXT_MAX, updatable = false)
    private String textEn;

    @Column(name = "per_unit", updatable = false)
    private Integer visitorsPerUnit;

    @Column(name = "per_unit_alcohol", updatable = false)
    private Integer visitorsPerUnitWithAlcohol;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rms_rule_clause", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Clause> clauses = new ArrayList<>();

    protected RuleVersion() {
    }

    RuleVersion(RequirementRule rule, int number, RuleContent content, String author, LocalDateTime now) {
        this.rule = rule;
        this.number = number;
        this.title = content.title();
        this.textSv = content.textSv();
        this.textEn = content.textEn();
        this.visitorsPerUnit = content.visitorsPerUnit();
        this.visitorsPerUnitWithAlcohol = content.visitorsPerUnitWithAlcohol();
        this.clauses = new ArrayList<>(content.clauses());
        this.createdBy = author == null || author.isBlank() ? "system" : author;
        this.createdAt = now;
    }

    public RuleContent content() {
        return new RuleContent(title, clauses, textSv, textEn, visitorsPerUnit, visitorsPerUnitWithAlcohol);
    }

    public int number() {
        return number;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}

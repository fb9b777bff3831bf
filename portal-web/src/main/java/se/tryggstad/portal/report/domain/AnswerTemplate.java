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

/**
 * A ready answer staff pick in the status form to prefill the public answer, in Swedish and
 * English (the reporter's language decides which). Who changed it last, and when, is kept.
 */
@Entity
@Table(name = "rpt_answer_template")
@NamedQuery(name = AnswerTemplate.ALL, query = "SELECT t FROM AnswerTemplate t ORDER BY t.title, t.id")
public class AnswerTemplate {

    public static final String ALL = "AnswerTemplate.all";
    public static final int MAX_TITLE = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "text_sv", nullable = false, length = Report.MAX_ANSWER)
    private String textSv;

    @Column(name = "text_en", nullable = false, length = Report.MAX_ANSWER)
    private String textEn;

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AnswerTemplate() {
        // for JPA
    }

    public static AnswerTemplate write(String title, String textSv, String textEn, String staffUser, Instant now) {
        AnswerTemplate template = new AnswerTemplate();
        template.edit(title, textSv, textEn, staffUser, now);
        return template;
    }

    public void edit(String title, String textSv, String textEn, String staffUser, Instant now) {
        String checkedTitle = Texts.required(title, MAX_TITLE, "title", "report.template.title.required");
        String checkedSv = Texts.required(textSv, Report.MAX_ANSWER, "textSv", "report.template.text.required");
        String checkedEn = Texts.required(textEn, Report.MAX_ANSWER, "textEn", "report.template.text.required");
        this.title = checkedTitle;
        this.textSv = checkedSv;
        this.textEn = checkedEn;
        this.updatedBy = staffUser;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String text(String language) {
        return "en".equals(language) ? textEn : textSv;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

package se.tryggstad.portal.support.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One question of the guided path "Vad behöver du hjälp med?", in plain Swedish (and English), with the
 * answers a visitor can pick.
 */
@Entity
@Table(name = "sup_guide_question")
@NamedQuery(name = GuideQuestion.ALL, query = "SELECT q FROM GuideQuestion q ORDER BY q.id")
public class GuideQuestion {

    public static final String ALL = "GuideQuestion.all";

    static final int TEXT_MAX = 300;
    static final int MAX_ANSWERS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "start_point", nullable = false)
    private boolean startPoint;

    @Column(name = "text_sv", nullable = false, length = TEXT_MAX)
    private String textSv;

    @Column(name = "text_en", length = TEXT_MAX)
    private String textEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sup_guide_answer", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<GuideAnswer> answers = new ArrayList<>();

    protected GuideQuestion() {
        // for JPA
    }

    public static GuideQuestion ask(String textSv, String textEn) {
        GuideQuestion question = new GuideQuestion();
        question.rephrase(textSv, textEn);
        return question;
    }

    public void rephrase(String textSv, String textEn) {
        String sv = Texts.required(textSv, TEXT_MAX, "textSv");
        String en = Texts.optional(textEn, TEXT_MAX, "textEn");
        this.textSv = sv;
        this.textEn = en;
    }

    public void addAnswer(GuideAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        if (answers.size() >= MAX_ANSWERS) {
            throw new SupportRuleViolation("labelSv", "support.guide.rule.tooManyAnswers");
        }
        refuseLoop(answer);
        answers.add(answer);
    }

    public void replaceAnswer(int position, GuideAnswer answer) {
        existingPosition(position);
        refuseLoop(answer);
        answers.set(position, answer);
    }

    public void removeAnswer(int position) {
        existingPosition(position);
        answers.remove(position);
    }

    private void existingPosition(int position) {
        if (position < 0 || position >= answers.size()) {
            throw new SupportRuleViolation("answer", "support.guide.rule.noSuchAnswer");
        }
    }

    private void refuseLoop(GuideAnswer answer) {
        if (id != null && id.equals(answer.nextQuestionId())) {
            throw new SupportRuleViolation("target", "support.guide.rule.loop");
        }
    }

    /** Where visitors begin; the application keeps exactly one start question. */
    public void makeStart() {
        startPoint = true;
    }

    public void stopBeingStart() {
        startPoint = false;
    }

    public String text(String language) {
        return "en".equals(language) && textEn != null ? textEn : textSv;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public boolean isStart() {
        return startPoint;
    }

    public String textSv() {
        return textSv;
    }

    public String textEn() {
        return textEn;
    }

    public List<GuideAnswer> answers() {
        return List.copyOf(answers);
    }
}

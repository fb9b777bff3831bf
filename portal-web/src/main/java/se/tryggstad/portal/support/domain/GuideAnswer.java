package se.tryggstad.portal.support.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One answer to a guide question. It leads either to another question or to a recommendation: a kind of
 * help, a specific service, or both.
 */
@Embeddable
public class GuideAnswer {

    static final int LABEL_MAX = 200;

    @Column(name = "label_sv", nullable = false, length = LABEL_MAX)
    private String labelSv;

    @Column(name = "label_en", length = LABEL_MAX)
    private String labelEn;

    @Column(name = "next_question_id")
    private Long nextQuestionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 40)
    private SupportCategory category;

    @Column(name = "offer_id")
    private Long offerId;

    protected GuideAnswer() {
        // for JPA
    }

    private GuideAnswer(String labelSv, String labelEn, Long nextQuestionId, SupportCategory category, Long offerId) {
        this.labelSv = labelSv;
        this.labelEn = labelEn;
        this.nextQuestionId = nextQuestionId;
        this.category = category;
        this.offerId = offerId;
    }

    /** An answer that asks another question. */
    public static GuideAnswer toQuestion(String labelSv, String labelEn, Long nextQuestionId) {
        if (nextQuestionId == null) {
            throw new SupportRuleViolation("target", "support.guide.rule.target");
        }
        return new GuideAnswer(label(labelSv, "labelSv"), Texts.optional(labelEn, LABEL_MAX, "labelEn"),
                nextQuestionId, null, null);
    }

    /** An answer that ends the path with a recommendation: a kind of help and/or one service. */
    public static GuideAnswer recommending(String labelSv, String labelEn, SupportCategory category, Long offerId) {
        if (category == null && offerId == null) {
            throw new SupportRuleViolation("target", "support.guide.rule.target");
        }
        return new GuideAnswer(label(labelSv, "labelSv"), Texts.optional(labelEn, LABEL_MAX, "labelEn"),
                null, category, offerId);
    }

    private static String label(String value, String field) {
        return Texts.required(value, LABEL_MAX, field);
    }

    public String label(String language) {
        return "en".equals(language) && labelEn != null ? labelEn : labelSv;
    }

    public String labelSv() {
        return labelSv;
    }

    public String labelEn() {
        return labelEn;
    }

    public boolean asksAnotherQuestion() {
        return nextQuestionId != null;
    }

    public Long nextQuestionId() {
        return nextQuestionId;
    }

    public SupportCategory category() {
        return category;
    }

    public Long offerId() {
        return offerId;
    }
}

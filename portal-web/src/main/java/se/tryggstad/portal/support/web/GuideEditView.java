package se.tryggstad.portal.support.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.shared.web.FacesMessages;
import se.tryggstad.portal.support.application.GuideAnswerForm;
import se.tryggstad.portal.support.application.GuideQuestionView;
import se.tryggstad.portal.support.application.SupportCatalogue;
import se.tryggstad.portal.support.application.SupportGuide;
import se.tryggstad.portal.support.application.SupportOfferRow;
import se.tryggstad.portal.support.application.SupportRejected;
import se.tryggstad.portal.support.domain.DecisionTree;
import se.tryggstad.portal.support.domain.SupportCategory;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** Staff edit the guided path ({@code /staff/stod/vagledning.xhtml}): questions, answers, where answers lead. */
@Named
@ViewScoped
public class GuideEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportGuide guide;

    @Inject
    SupportCatalogue catalogue;

    /** Transient and reloaded after every change, like the problems and the services to choose from. */
    private transient List<GuideQuestionView> questions;
    private transient List<DecisionTree.Problem> problems;
    private transient List<SupportOfferRow> offers;

    private Long editingId;
    private String textSv;
    private String textEn;
    private boolean start;

    private Long answerQuestionId;
    private String labelSv;
    private String labelEn;
    private Long nextQuestionId;
    private SupportCategory category;
    private Long offerId;

    public List<GuideQuestionView> getQuestions() {
        if (questions == null) {
            questions = guide.allQuestions();
        }
        return questions;
    }

    public List<DecisionTree.Problem> getProblems() {
        if (problems == null) {
            problems = guide.problems();
        }
        return problems;
    }

    public List<SupportOfferRow> getOffers() {
        if (offers == null) {
            offers = catalogue.forStaff();
        }
        return offers;
    }

    private void reload() {
        questions = null;
        problems = null;
        offers = null;
    }

    public void edit(GuideQuestionView question) {
        editingId = question.id();
        textSv = question.textSv();
        textEn = question.textEn();
        start = question.start();
    }

    public void saveQuestion() {
        try {
            if (editingId == null) {
                guide.addQuestion(textSv, textEn, start);
            } else {
                GuideQuestionView question = find(editingId);
                guide.rephrase(editingId, question.version(), textSv, textEn);
                if (start && !question.start()) {
                    guide.makeStart(editingId, find(editingId).version());
                }
            }
            FacesMessages.info("support.guide.saved");
            editingId = null;
            textSv = null;
            textEn = null;
            start = false;
        } catch (SupportRejected rejected) {
            StaffFields.show(rejected, "question", Set.of("textSv", "textEn"));
        }
        reload();
    }

    public void addAnswer() {
        try {
            if (answerQuestionId == null) {
                throw new SupportRejected(SupportRejected.Reason.INVALID, "answerQuestion", "support.rule.required");
            }
            guide.addAnswer(answerQuestionId, find(answerQuestionId).version(),
                    new GuideAnswerForm(labelSv, labelEn, nextQuestionId, category, offerId));
            FacesMessages.info("support.guide.saved");
            labelSv = null;
            labelEn = null;
            nextQuestionId = null;
            category = null;
            offerId = null;
        } catch (SupportRejected rejected) {
            StaffFields.show(rejected, "answer", Set.of("answerQuestion", "labelSv", "labelEn", "target"));
        }
        reload();
    }

    public void removeAnswer(GuideQuestionView question, int position) {
        try {
            guide.removeAnswer(question.id(), question.version(), position);
            FacesMessages.info("support.guide.saved");
        } catch (SupportRejected rejected) {
            FacesMessages.error(null, rejected.messageKey());
        }
        reload();
    }

    /** The Swedish text of a question, to show where an answer leads. */
    public String questionText(Long id) {
        return getQuestions().stream().filter(question -> question.id() == id).map(GuideQuestionView::textSv)
                .findFirst().orElse("?");
    }

    private GuideQuestionView find(long id) {
        return guide.allQuestions().stream().filter(question -> question.id() == id).findFirst()
                .orElseThrow(() -> new SupportRejected(SupportRejected.Reason.NOT_FOUND, null, "support.rule.notFound"));
    }

    public SupportCategory[] getCategories() { return SupportCategory.values(); }
    public Long getEditingId() { return editingId; }
    public String getTextSv() { return textSv; }
    public void setTextSv(String textSv) { this.textSv = textSv; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public boolean isStart() { return start; }
    public void setStart(boolean start) { this.start = start; }
    public Long getAnswerQuestionId() { return answerQuestionId; }
    public void setAnswerQuestionId(Long answerQuestionId) { this.answerQuestionId = answerQuestionId; }
    public String getLabelSv() { return labelSv; }
    public void setLabelSv(String labelSv) { this.labelSv = labelSv; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public Long getNextQuestionId() { return nextQuestionId; }
    public void setNextQuestionId(Long nextQuestionId) { this.nextQuestionId = nextQuestionId; }
    public SupportCategory getCategory() { return category; }
    public void setCategory(SupportCategory category) { this.category = category; }
    public Long getOfferId() { return offerId; }
    public void setOfferId(Long offerId) { this.offerId = offerId; }
}

package se.tryggstad.portal.support.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.support.domain.DecisionTree;
import se.tryggstad.portal.support.domain.GuideAnswer;
import se.tryggstad.portal.support.domain.GuideQuestion;
import se.tryggstad.portal.support.domain.SupportCategory;
import se.tryggstad.portal.support.domain.SupportOffer;
import se.tryggstad.portal.support.domain.SupportRuleViolation;
import se.tryggstad.portal.support.infrastructure.GuideQuestionRepository;
import se.tryggstad.portal.support.infrastructure.SupportOfferRepository;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The guided path "Vad behöver du hjälp med?": visitors walk it question by question; staff edit its
 * questions, answers and where the answers lead.
 */
@ApplicationScoped
@Transactional(rollbackOn = SupportRejected.class)
public class SupportGuide {

    @Inject
    GuideQuestionRepository questions;

    @Inject
    SupportOfferRepository offers;

    /** The first question, or the question with this id; empty when there is no such question. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GuideStep> step(Long questionId, String language) {
        DecisionTree tree = new DecisionTree(questions.all());
        Optional<GuideQuestion> question = questionId == null ? tree.start() : tree.question(questionId);
        return question.map(found -> new GuideStep(found.id(), found.text(language), found.answers().stream()
                .map(answer -> new GuideStep.Choice(answer.label(language), answer.nextQuestionId(),
                        answer.category() == null ? null : answer.category().name(), answer.offerId()))
                .toList()));
    }

    /** What an answer recommends: the named service first, then the other published services of the kind. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupportOfferView> recommendations(SupportCategory category, Long offerId, String language) {
        return offers.published().stream()
                .filter(offer -> offer.id().equals(offerId) || offer.category() == category)
                .sorted((a, b) -> Boolean.compare(!a.id().equals(offerId), !b.id().equals(offerId)))
                .map(offer -> SupportOfferView.of(offer, language))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GuideQuestionView> allQuestions() {
        return questions.all().stream().map(GuideQuestionView::of).toList();
    }

    /** What staff should fix in the tree, as message keys per question id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DecisionTree.Problem> problems() {
        Set<Long> published = offers.published().stream().map(SupportOffer::id).collect(Collectors.toSet());
        return new DecisionTree(questions.all()).problems(published);
    }

    /** Adds a question; the first question ever added, or one marked as start, becomes the start. */
    public long addQuestion(String textSv, String textEn, boolean start) {
        GuideQuestion question = checked(() -> GuideQuestion.ask(textSv, textEn));
        List<GuideQuestion> existing = questions.all();
        if (start || existing.isEmpty()) {
            existing.forEach(GuideQuestion::stopBeingStart);
            question.makeStart();
        }
        questions.add(question);
        return question.id();
    }

    public void rephrase(long questionId, long expectedVersion, String textSv, String textEn) {
        change(questionId, expectedVersion, question -> question.rephrase(textSv, textEn));
    }

    public void makeStart(long questionId, long expectedVersion) {
        questions.all().stream().filter(other -> other.id() != questionId).forEach(GuideQuestion::stopBeingStart);
        change(questionId, expectedVersion, GuideQuestion::makeStart);
    }

    public void addAnswer(long questionId, long expectedVersion, GuideAnswerForm form) {
        if (form.nextQuestionId() != null && (form.category() != null || form.offerId() != null)) {
            throw new SupportRejected(SupportRejected.Reason.INVALID, "target", "support.guide.rule.oneTarget");
        }
        if (form.nextQuestionId() != null && questions.find(form.nextQuestionId()).isEmpty()) {
            throw new SupportRejected(SupportRejected.Reason.INVALID, "target", "support.guide.rule.target");
        }
        if (form.offerId() != null && offers.find(form.offerId()).isEmpty()) {
            throw new SupportRejected(SupportRejected.Reason.INVALID, "target", "support.guide.rule.target");
        }
        change(questionId, expectedVersion, question -> question.addAnswer(
                form.nextQuestionId() != null
                        ? GuideAnswer.toQuestion(form.labelSv(), form.labelEn(), form.nextQuestionId())
                        : GuideAnswer.recommending(form.labelSv(), form.labelEn(), form.category(), form.offerId())));
    }

    public void removeAnswer(long questionId, long expectedVersion, int position) {
        change(questionId, expectedVersion, question -> question.removeAnswer(position));
    }

    private void change(long questionId, long expectedVersion, Consumer<GuideQuestion> change) {
        GuideQuestion question = questions.find(questionId).orElseThrow(() -> new SupportRejected(
                SupportRejected.Reason.NOT_FOUND, null, "support.rule.notFound"));
        if (question.version() != expectedVersion) {
            throw conflict();
        }
        checked(() -> {
            change.accept(question);
            return question;
        });
        try {
            questions.flush();
        } catch (OptimisticLockException raced) {
            throw conflict();
        }
    }

    private static SupportRejected conflict() {
        return new SupportRejected(SupportRejected.Reason.CONFLICT, null, "support.rule.conflict");
    }

    private static <T> T checked(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (SupportRuleViolation violation) {
            throw new SupportRejected(SupportRejected.Reason.INVALID, violation.field(), violation.messageKey());
        }
    }
}

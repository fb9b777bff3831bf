package se.tryggstad.portal.support.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All guide questions together: where a visitor starts, where each answer leads, and what is wrong with
 * the tree as staff left it (answers leading to removed questions or services, questions that lead back to
 * themselves, questions no one can reach).
 */
public final class DecisionTree {

    /** Something staff should fix; {@code questionId} is where it is. */
    public record Problem(long questionId, String messageKey) {
    }

    private final Map<Long, GuideQuestion> questions = new LinkedHashMap<>();

    public DecisionTree(List<GuideQuestion> questions) {
        questions.forEach(question -> this.questions.put(question.id(), question));
    }

    public Optional<GuideQuestion> start() {
        return questions.values().stream().filter(GuideQuestion::isStart).findFirst();
    }

    public Optional<GuideQuestion> question(Long id) {
        return Optional.ofNullable(id == null ? null : questions.get(id));
    }

    /** The problems in the tree, given the ids of the services that are published now. */
    public List<Problem> problems(Set<Long> publishedOfferIds) {
        List<Problem> problems = new ArrayList<>();
        if (!questions.isEmpty() && start().isEmpty()) {
            problems.add(new Problem(questions.keySet().iterator().next(), "support.guide.problem.noStart"));
        }
        for (GuideQuestion question : questions.values()) {
            if (question.answers().isEmpty()) {
                problems.add(new Problem(question.id(), "support.guide.problem.noAnswers"));
            }
            for (GuideAnswer answer : question.answers()) {
                if (answer.asksAnotherQuestion() && !questions.containsKey(answer.nextQuestionId())) {
                    problems.add(new Problem(question.id(), "support.guide.problem.missingQuestion"));
                }
                if (answer.offerId() != null && !publishedOfferIds.contains(answer.offerId())) {
                    problems.add(new Problem(question.id(), "support.guide.problem.missingOffer"));
                }
            }
        }
        Set<Long> reachable = reachableFromStart();
        questions.keySet().stream().filter(id -> !reachable.contains(id) && !reachable.isEmpty())
                .forEach(id -> problems.add(new Problem(id, "support.guide.problem.unreachable")));
        if (hasCycle()) {
            problems.add(new Problem(start().map(GuideQuestion::id).orElse(0L), "support.guide.problem.cycle"));
        }
        return problems;
    }

    private Set<Long> reachableFromStart() {
        Set<Long> seen = new HashSet<>();
        start().ifPresent(start -> visit(start.id(), seen));
        return seen;
    }

    private void visit(Long id, Set<Long> seen) {
        GuideQuestion question = questions.get(id);
        if (question == null || !seen.add(id)) {
            return;
        }
        question.answers().stream().filter(GuideAnswer::asksAnotherQuestion)
                .forEach(answer -> visit(answer.nextQuestionId(), seen));
    }

    private boolean hasCycle() {
        Set<Long> done = new HashSet<>();
        for (Long id : questions.keySet()) {
            if (cycleFrom(id, new HashSet<>(), done)) {
                return true;
            }
        }
        return false;
    }

    private boolean cycleFrom(Long id, Set<Long> onPath, Set<Long> done) {
        if (onPath.contains(id)) {
            return true;
        }
        GuideQuestion question = questions.get(id);
        if (question == null || done.contains(id)) {
            return false;
        }
        onPath.add(id);
        for (GuideAnswer answer : question.answers()) {
            if (answer.asksAnotherQuestion() && cycleFrom(answer.nextQuestionId(), onPath, done)) {
                return true;
            }
        }
        onPath.remove(id);
        done.add(id);
        return false;
    }
}

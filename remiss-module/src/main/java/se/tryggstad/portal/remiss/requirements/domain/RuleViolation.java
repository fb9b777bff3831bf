package se.tryggstad.portal.remiss.requirements.domain;

import java.util.List;

/** A requirement rule's content breaks the rules of the condition model; names every problem found. */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public RuleViolation(List<RuleProblem> problems) {
        super(String.valueOf(problems));
        this.problems = List.copyOf(problems);
    }

    public RuleViolation(String field, String messageKey) {
        this(List.of(new RuleProblem(field, messageKey)));
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}

package se.tryggstad.portal.leisure.domain;

import se.tryggstad.portal.shared.FieldProblem;

import java.util.List;

/**
 * A change to an activity that its rules do not allow. {@link #conflict()} is true when the
 * input is fine but the activity is not in a state that allows the change.
 */
public class ActivityRuleBroken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;
    private final boolean conflict;

    public ActivityRuleBroken(List<FieldProblem> problems, boolean conflict) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    public static ActivityRuleBroken invalid(String field, String messageKey) {
        return new ActivityRuleBroken(List.of(new FieldProblem(field, messageKey)), false);
    }

    public static ActivityRuleBroken conflict(String messageKey) {
        return new ActivityRuleBroken(List.of(new FieldProblem("status", messageKey)), true);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public boolean conflict() {
        return conflict;
    }
}

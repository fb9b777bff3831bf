package se.tryggstad.portal.leisure.application;

import se.tryggstad.portal.leisure.domain.ActivityRuleBroken;
import se.tryggstad.portal.leisure.domain.FieldProblem;

import java.util.List;

/** A leisure request the rules or the caller's rights do not allow; the transaction is rolled back. */
public class LeisureRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: bad input, the activity's state, no such activity (or not yours), or not allowed at all. */
    public enum Reason { INVALID, CONFLICT, NOT_FOUND, FORBIDDEN }

    private final Reason reason;
    private final transient List<FieldProblem> problems;

    public LeisureRejected(Reason reason, List<FieldProblem> problems) {
        super(reason + " " + problems);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    static LeisureRejected of(ActivityRuleBroken broken) {
        return new LeisureRejected(broken.conflict() ? Reason.CONFLICT : Reason.INVALID, broken.problems());
    }

    static LeisureRejected notFound() {
        return new LeisureRejected(Reason.NOT_FOUND, List.of(new FieldProblem("id", "leisure.notFound")));
    }

    static LeisureRejected forbidden(String messageKey) {
        return new LeisureRejected(Reason.FORBIDDEN, List.of(new FieldProblem("", messageKey)));
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

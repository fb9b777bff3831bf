package se.tryggstad.portal.leisure.application;

import se.tryggstad.portal.leisure.domain.ActivityRuleBroken;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.Rejection;

import java.util.List;

/** A leisure request the rules or the caller's rights do not allow; the transaction is rolled back. */
public class LeisureRejected extends Rejection {

    private static final long serialVersionUID = 1L;

    public LeisureRejected(Reason reason, List<FieldProblem> problems) {
        super(reason, problems);
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
}

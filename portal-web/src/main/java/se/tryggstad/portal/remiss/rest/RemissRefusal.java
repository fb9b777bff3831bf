package se.tryggstad.portal.remiss.rest;

import se.tryggstad.portal.remiss.domain.RemissRejected;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.Rejection;

/**
 * remiss-module's refusal as the portal's shared one (the module cannot extend the portal's class), so that it
 * reaches clients through the one {@code RejectionProblems} mapping like every other context's.
 */
public class RemissRefusal extends Rejection {

    private static final long serialVersionUID = 1L;

    public RemissRefusal(RemissRejected rejected) {
        super(Reason.valueOf(rejected.reason().name()), rejected.problems().stream()
                .map(problem -> new FieldProblem(problem.field(), problem.messageKey())).toList());
        initCause(rejected);
    }
}

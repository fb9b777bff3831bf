package se.tryggstad.portal.remissrules.rest;

import se.tryggstad.portal.remiss.conflicts.ArenaDayRejected;
import se.tryggstad.portal.remiss.requirements.RuleRejected;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.Rejection;

import java.util.List;

/** remiss-module's refusals as the portal's {@link Rejection}, so that they become problem+json like any other. */
public class RemissChecksRejected extends Rejection {

    private static final long serialVersionUID = 1L;

    public RemissChecksRejected(Reason reason, List<FieldProblem> problems) {
        super(reason, problems);
    }

    public static RemissChecksRejected of(RuleRejected rejected) {
        return new RemissChecksRejected(Reason.valueOf(rejected.reason().name()), rejected.problems().stream()
                .map(problem -> new FieldProblem(problem.field(), problem.messageKey())).toList());
    }

    public static RemissChecksRejected of(ArenaDayRejected rejected) {
        return new RemissChecksRejected(Reason.valueOf(rejected.reason().name()),
                List.of(new FieldProblem(rejected.field(), rejected.messageKey())));
    }

    public static RemissChecksRejected notFound(String field, String messageKey) {
        return new RemissChecksRejected(Reason.NOT_FOUND, List.of(new FieldProblem(field, messageKey)));
    }
}

package se.tryggstad.portal.forum.application;

import jakarta.ejb.ApplicationException;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.Rejection;

import java.util.List;

/**
 * A forum request the rules or the caller's rights do not allow; the transaction is rolled back.
 * A forum the caller may not read is NOT_FOUND, never FORBIDDEN, so its address tells nothing.
 */
@ApplicationException(rollback = true)
public class ForumRejected extends Rejection {

    private static final long serialVersionUID = 1L;

    public ForumRejected(Reason reason, List<FieldProblem> problems) {
        super(reason, problems);
    }

    public ForumRejected(Reason reason, String field, String messageKey) {
        super(reason, field, messageKey);
    }

    public static ForumRejected notFound() {
        return new ForumRejected(Reason.NOT_FOUND, "id", "forum.notFound");
    }

    public static ForumRejected invalid(List<FieldProblem> problems) {
        return new ForumRejected(Reason.INVALID, problems);
    }
}

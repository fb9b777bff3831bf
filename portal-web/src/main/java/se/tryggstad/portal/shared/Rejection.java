package se.tryggstad.portal.shared;

import java.util.List;

/**
 * A request that the rules or the caller's rights do not allow; nothing of it was saved. Each context
 * has its own subclass; pages show {@link #problems()} at their fields, and the REST layer turns every
 * rejection into one problem+json answer (400, 403, 404 or 409) in the same way.
 */
public abstract class Rejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: bad input, a state or a duplicate that conflicts, no such thing (or not yours), or not allowed. */
    public enum Reason { INVALID, CONFLICT, NOT_FOUND, FORBIDDEN }

    private final Reason reason;
    private final transient List<FieldProblem> problems;

    protected Rejection(Reason reason, List<FieldProblem> problems) {
        super(reason + " " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one problem");
        }
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    protected Rejection(Reason reason, String field, String messageKey) {
        this(reason, List.of(new FieldProblem(field == null ? "" : field, messageKey)));
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The input the first problem is about; empty when it is about the whole request. */
    public String field() {
        return problems.get(0).field();
    }

    /** The message bundle key of the first problem. */
    public String messageKey() {
        return problems.get(0).messageKey();
    }
}

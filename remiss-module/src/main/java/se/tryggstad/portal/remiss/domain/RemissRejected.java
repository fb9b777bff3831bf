package se.tryggstad.portal.remiss.domain;

import java.util.List;

/**
 * A remiss request the rules do not allow; nothing of it was saved (it rolls the transaction back). The portal
 * turns it into its shared refusal (a field message or problem+json), which this module cannot see.
 */
public class RemissRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Same meanings as the portal's refusal reasons. */
    public enum Reason { INVALID, CONFLICT, NOT_FOUND, FORBIDDEN }

    private final Reason reason;
    private final transient List<RemissProblem> problems;

    public RemissRejected(Reason reason, List<RemissProblem> problems) {
        super(reason + " " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one problem");
        }
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public static RemissRejected invalid(String field, String messageKey) {
        return new RemissRejected(Reason.INVALID, List.of(new RemissProblem(field, messageKey)));
    }

    public static RemissRejected conflict(String field, String messageKey) {
        return new RemissRejected(Reason.CONFLICT, List.of(new RemissProblem(field, messageKey)));
    }

    public static RemissRejected notFound() {
        return new RemissRejected(Reason.NOT_FOUND, List.of(new RemissProblem("", "remiss.notFound")));
    }

    public static RemissRejected forbidden(String messageKey) {
        return new RemissRejected(Reason.FORBIDDEN, List.of(new RemissProblem("", messageKey)));
    }

    public Reason reason() {
        return reason;
    }

    public List<RemissProblem> problems() {
        return problems;
    }

    public String messageKey() {
        return problems.get(0).messageKey();
    }
}

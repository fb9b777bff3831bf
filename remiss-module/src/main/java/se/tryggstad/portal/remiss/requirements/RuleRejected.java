package se.tryggstad.portal.remiss.requirements;

import se.tryggstad.portal.remiss.requirements.domain.RuleProblem;

import java.util.List;

/**
 * A change to the requirement rules that was refused; nothing of it was saved. The portal's web layer turns it
 * into messages at the fields (and REST into problem+json), with {@link RuleProblem#messageKey()} from its bundle.
 */
public class RuleRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Bad input, an edit that raced another one, or no such rule. */
    public enum Reason { INVALID, CONFLICT, NOT_FOUND }

    private final Reason reason;
    private final transient List<RuleProblem> problems;

    public RuleRejected(Reason reason, List<RuleProblem> problems) {
        super(reason + " " + problems);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public RuleRejected(Reason reason, String field, String messageKey) {
        this(reason, List.of(new RuleProblem(field, messageKey)));
    }

    public Reason reason() {
        return reason;
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}

package se.tryggstad.portal.report.application;

import se.tryggstad.portal.report.domain.ReportRejected;

/** What became of one draft in a group of submissions: stored, or refused by the rules. */
public record SubmissionOutcome(Submitted submitted, ReportRejected refusal) {

    public SubmissionOutcome {
        if ((submitted == null) == (refusal == null)) {
            throw new IllegalArgumentException("a draft is either stored or refused");
        }
    }

    static SubmissionOutcome stored(Submitted submitted) {
        return new SubmissionOutcome(submitted, null);
    }

    static SubmissionOutcome refused(ReportRejected refusal) {
        return new SubmissionOutcome(null, refusal);
    }

    /** The stored report; throws the refusal of a refused draft. */
    Submitted submittedOrThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return submitted;
    }
}

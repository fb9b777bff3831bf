package se.tryggstad.portal.report.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.tryggstad.portal.report.domain.ReportDraft;
import se.tryggstad.portal.shared.infrastructure.GroupCommit;

/**
 * New reports from residents and Open311 clients (without photos). Submissions that arrive while
 * another group is being committed share the next transaction (group commit, ADR 0014): under load
 * one commit serves many reporters, and a reporter alone is not kept waiting. Each reporter still
 * gets a reference number only after the transaction that holds the report has committed. A draft
 * the rules refuse is refused alone; if a group fails as a whole, each of its drafts is tried again
 * alone, so one report that cannot be stored fails only its own request.
 */
@ApplicationScoped
public class ReportSubmissions {

    /** More than Undertow's request threads, so a group never waits for a second commit. */
    private static final int MAX_GROUP = 64;

    @Inject
    ReportService reports;

    @Inject
    SubmitRateLimiter limiter;

    private GroupCommit<ReportDraft, SubmissionOutcome> groups;

    @PostConstruct
    void startGrouping() {
        groups = new GroupCommit<>(reports::createAll, MAX_GROUP);
    }

    /** A resident's report; counted against the client address's rate limit first. */
    public Submitted submit(ReportDraft draft, String remoteAddress, String forwardedFor) {
        limiter.acquire(remoteAddress, forwardedFor);
        return groups.run(draft).submittedOrThrow();
    }

    /** An Open311 client's report; the key is the limit. */
    public Submitted submitWithApiKey(ReportDraft draft, String apiKey) {
        reports.requireActiveApiKey(apiKey);
        return groups.run(draft).submittedOrThrow();
    }
}

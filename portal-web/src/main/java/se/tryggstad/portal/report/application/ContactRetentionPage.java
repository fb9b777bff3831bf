package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.infrastructure.ReportRepository;

import java.time.Instant;
import java.util.List;

/**
 * One page of a retention run, in a transaction of its own, so that a large backlog (a first run on
 * years of reports) never sits in one persistence context or one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class ContactRetentionPage {

    /** How many candidates the page read, the last one's id, and how many it erased. */
    record Done(int read, long lastId, int forgotten) {
    }

    @Inject
    ReportRepository repository;

    Done forget(Instant cutOff, long afterId, int size) {
        List<Report> candidates = repository.closedWithContactFiledBefore(cutOff, afterId, size);
        int forgotten = 0;
        for (Report report : candidates) {
            if (report.closedSince().map(closed -> closed.isBefore(cutOff)).orElse(false)) {
                report.forgetContact();
                forgotten++;
            }
        }
        long lastId = candidates.isEmpty() ? afterId : candidates.get(candidates.size() - 1).id();
        return new Done(candidates.size(), lastId, forgotten);
    }
}

package se.tryggstad.portal.report.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every night: erases contact details of reports closed long enough ago, and deletes area alerts
 * nobody confirmed within a week. Each step is its own transaction.
 */
@Singleton
public class ReportHousekeepingJob {

    private static final Logger LOG = Logger.getLogger(ReportHousekeepingJob.class.getName());

    @Inject
    ReportRetention retention;

    @Inject
    AreaAlertService alerts;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "41", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        Instant now = clock.instant();
        int forgotten = retention.forgetContactsOfClosedReports(now);
        int deleted = alerts.deleteUnconfirmed(now);
        if (forgotten > 0 || deleted > 0) {
            LOG.info(() -> "Contact details of " + forgotten + " closed reports erased; " + deleted
                    + " unconfirmed area alerts deleted.");
        }
    }
}

package se.tryggstad.portal.forum.workspace.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every morning at 06:30: sends the forum digests that are due (daily ones every day, weekly ones
 * for last week; each member and period at most once). Each member is its own transaction, so one
 * failure does not stop the others. Staff can run it at once through {@code /api/staff/forum-digests}.
 */
@Singleton
public class DigestJob {

    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    @Inject
    DigestService digests;

    @Inject
    Clock clock;

    @Schedule(hour = "6", minute = "30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void morning() {
        sendDue(clock.instant());
    }

    /** Sends what is due at {@code at}; answers how many digests were mailed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue(Instant at) {
        int mailed = 0;
        for (DigestService.Due due : digests.wanted()) {
            try {
                if (digests.handle(due, at)) {
                    mailed++;
                }
            } catch (RuntimeException e) {
                // e.g. another run recorded the same period first: that run sends it.
                LOG.warning(() -> "A forum digest for forum " + due.forumId() + " was not sent: " + e);
            }
        }
        int sent = mailed;
        LOG.info(() -> sent + " forum digests sent.");
        return sent;
    }
}

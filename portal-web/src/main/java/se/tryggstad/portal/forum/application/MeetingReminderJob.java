package se.tryggstad.portal.forum.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Every minute, sends the meeting reminders that are due (each meeting is reminded of once). */
@Singleton
public class MeetingReminderJob {

    private static final Logger LOG = Logger.getLogger(MeetingReminderJob.class.getName());

    @Inject
    MeetingReminders reminders;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        try {
            int reminded = reminders.sendDue();
            if (reminded > 0) {
                LOG.info(() -> "Reminders sent for " + reminded + " forum meetings.");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Meeting reminders failed and are tried again next minute: " + e);
        }
    }
}

package se.tryggstad.portal.remiss.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.remiss.application.Reminder;
import se.tryggstad.portal.remiss.application.RemissService;

import java.util.List;
import java.util.logging.Logger;

/**
 * Reminds the remiss function's mailbox of remisser whose svarsdatum is near: every
 * {@code trygg.remiss.reminder.interval-minutes} it claims those due within {@code trygg.remiss.reminder.days-before}
 * days (each once: the claim is stored) and mails them after that transaction committed (the timer runs outside a transaction). Off while no mailbox
 * ({@code trygg.remiss.reminder.to}) is configured. Not persistent: a node that starts runs it again.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RemissReminders {

    private static final Logger LOG = Logger.getLogger(RemissReminders.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RemissService remisser;

    @Inject
    RemissMailer mailer;

    @Inject
    @ConfigProperty(name = "trygg.remiss.reminder.days-before", defaultValue = "3")
    int daysBefore;

    @Inject
    @ConfigProperty(name = "trygg.remiss.reminder.interval-minutes", defaultValue = "60")
    long intervalMinutes;

    @PostConstruct
    void schedule() {
        if (mailer.remindersConfigured()) {
            long interval = Math.max(1, intervalMinutes) * 60_000;
            timers.createIntervalTimer(interval, interval, new TimerConfig("remiss reminders", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void remind() {
        try {
            remindNow();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Remiss reminders failed this time: " + e);
        }
    }

    /** Claims and mails the due reminders now (also for an admin who does not want to wait); answers how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindNow() {
        if (!mailer.remindersConfigured()) {
            return 0;
        }
        List<Reminder> due = remisser.claimReminders(daysBefore);
        due.forEach(mailer::remind);
        return due.size();
    }
}

package se.tryggstad.portal.remiss.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.remiss.application.Reminder;
import se.tryggstad.portal.remiss.application.SentYttrande;
import se.tryggstad.portal.shared.infrastructure.OutgoingMail;

import java.util.Map;
import java.util.Optional;

/**
 * Mails of the remiss context, in Swedish (they go to the Swedish police and the city's own staff). Called after
 * the remiss service's transaction committed, so a refused or rolled-back send never mails; a failed mail is
 * logged and the yttrande stays sent (it is on the remiss page and can be downloaded and forwarded).
 */
@ApplicationScoped
public class RemissMailer {

    @Inject
    OutgoingMail outgoing;

    @Inject
    @ConfigProperty(name = "trygg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    @Inject
    @ConfigProperty(name = "trygg.remiss.reminder.to")
    Optional<String> reminderTo;

    public void mailToPolice(SentYttrande sent) {
        String subject = "Yttrande " + sent.diarienummer() + " (ert ärende " + sent.policeCaseNumber() + ")";
        String body = "Hej,\n\nHär är Solna stads yttrande nr " + sent.number() + " över remissen om "
                + sent.eventName() + ", polisens ärendenummer " + sent.policeCaseNumber() + ", vårt diarienummer "
                + sent.diarienummer() + ".\n\nYttrandet finns som PDF i bilagan. Dess SHA-256 är\n" + sent.sha256()
                + "\n\nMed vänlig hälsning\nSolna stad\n";
        outgoing.sendLater(sent.policeEmail(), subject, body,
                new OutgoingMail.MailAttachment("yttrande-" + sent.diarienummer().replaceAll("[^A-Za-z0-9]", "-") + "-"
                        + sent.number() + ".pdf", "application/pdf", sent.pdf()),
                "remiss yttrande " + sent.diarienummer() + "; it stays sent");
    }

    /** Whether reminders have somewhere to go. */
    public boolean remindersConfigured() {
        return reminderTo.filter(to -> !to.isBlank()).isPresent();
    }

    public void remind(Reminder reminder) {
        String base = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        outgoing.sendLater(reminderTo.orElseThrow(), "Påminnelse: svar till polisen senast " + reminder.answerBy()
                        + " – " + reminder.diarienummer(),
                "Remissen " + reminder.diarienummer() + " (" + reminder.eventName() + ") ska besvaras senast "
                        + reminder.answerBy() + ".\n\n" + base + "/staff/remisser/remiss.xhtml?id=" + reminder.remissId()
                        + "\n", Map.of(), "remiss reminder " + reminder.diarienummer());
    }
}

package se.tryggstad.portal.forum.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.forum.application.ForumMail;
import se.tryggstad.portal.shared.infrastructure.OutgoingMail;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Sends the forum's mails (application received and decided, invitations, meeting invitations with
 * their iCalendar file, meeting reminders) only
 * after the transaction that raised them has committed, on another thread through {@link OutgoingMail}.
 */
@ApplicationScoped
public class ForumMailer {

    private static final String BUNDLE = "se.tryggstad.portal.i18n.messages";

    @Inject
    OutgoingMail outgoing;

    @Inject
    @ConfigProperty(name = "trygg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ForumMail mail) {
        Locale locale = Locale.forLanguageTag(mail.language());
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String key = "forum.mail." + mail.kind().name().toLowerCase(Locale.ROOT).replace('_', '.');
        Object[] arguments = mail.arguments().toArray();
        String body = new MessageFormat(texts.getString(key + ".body"), locale).format(arguments)
                + (mail.link() == null ? "" : "\n\n" + base() + mail.link())
                + "\n\n" + texts.getString("forum.mail.signature") + "\n";
        String subject = new MessageFormat(texts.getString(key + ".subject"), locale).format(arguments);
        if (mail.calendar() == null) {
            outgoing.sendLater(mail.to(), subject, body, Map.of(), "forum " + mail.kind());
        } else {
            outgoing.sendLater(mail.to(), subject, body, new OutgoingMail.MailAttachment("mote.ics",
                    MeetingCalendar.MEDIA_TYPE + "; charset=UTF-8; method=PUBLISH",
                    mail.calendar().getBytes(StandardCharsets.UTF_8)), "forum " + mail.kind());
        }
    }

    private String base() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }
}

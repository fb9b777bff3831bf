package se.tryggstad.portal.course.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.course.domain.CourseMail;
import se.tryggstad.portal.shared.infrastructure.OutgoingMail;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Sends the mails about sign-ups through the server's mail session, only once the transaction that
 * raised them has committed (a rolled-back sign-up never mails), and on another thread, so a slow or
 * missing SMTP server never delays or undoes a sign-up; a failure is logged.
 */
@ApplicationScoped
public class CourseMailer {

    private static final String BUNDLE = "se.tryggstad.portal.i18n.messages";

    @Inject
    OutgoingMail outgoing;

    @Inject
    @ConfigProperty(name = "trygg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseMail mail) {
        if (mail.to() == null) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(mail.language()));
        outgoing.sendLater(mail.to(), format(texts, "course.mail." + kind(mail) + ".subject", mail), bodyOf(texts, mail),
                Map.of(), "course " + mail.kind() + "; the sign-up stands");
    }

    String bodyOf(ResourceBundle texts, CourseMail mail) {
        return format(texts, "course.mail." + kind(mail) + ".body", mail) + "\n\n"
                + format(texts, "course.mail.cancel", mail) + "\n" + cancelLink(mail) + "\n\n"
                + texts.getString("course.mail.signature") + "\n";
    }

    String cancelLink(CourseMail mail) {
        String base = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        return base + "/kurser/avboka.xhtml?token=" + mail.cancelToken();
    }

    private static String kind(CourseMail mail) {
        return mail.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String format(ResourceBundle texts, String key, CourseMail mail) {
        Locale locale = Locale.forLanguageTag(mail.language());
        String when = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", locale).format(mail.firstSession());
        if ("en".equals(mail.language())) {
            when = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", locale).format(mail.firstSession());
        }
        return new MessageFormat(texts.getString(key), locale)
                .format(new Object[] {mail.courseTitle(), mail.place(), when, mail.position()});
    }
}

package se.tryggstad.portal.course.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.course.domain.CourseMail;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Sends the mails about sign-ups through the server's mail session, only once the transaction that
 * raised them has committed (a rolled-back sign-up never mails), and on another thread, so a slow or
 * missing SMTP server never delays or undoes a sign-up; a failure is logged.
 */
@ApplicationScoped
public class CourseMailer {

    private static final Logger LOG = Logger.getLogger(CourseMailer.class.getName());
    private static final String BUNDLE = "se.tryggstad.portal.i18n.messages";
    private static final String TIMEOUT_MILLIS = "10000";

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "trygg.mail.from", defaultValue = "Trygg stad <no-reply@tryggstad.invalid>")
    String from;

    @Inject
    @ConfigProperty(name = "trygg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseMail mail) {
        if (mail.to() == null) {
            return;
        }
        executor.execute(() -> send(mail));
    }

    private void send(CourseMail mail) {
        try {
            Properties properties = new Properties();
            properties.putAll(mailSession.getProperties());
            properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(mail.language()));
            message.setSubject(format(texts, "course.mail." + kind(mail) + ".subject", mail), "UTF-8");
            message.setText(bodyOf(texts, mail), "UTF-8");
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "A course mail (" + mail.kind() + ") could not be sent; the sign-up stands: " + e);
        }
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

package se.tryggstad.portal.report.infrastructure;

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
import se.tryggstad.portal.report.domain.ReportMail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Sends mails to reporters through the server's mail session once the transaction that raised them
 * has committed (a rolled-back report never mails), on another thread, so a slow SMTP server never
 * delays or undoes a report; a failure is logged without the address.
 */
@ApplicationScoped
public class ReportMailer {

    private static final Logger LOG = Logger.getLogger(ReportMailer.class.getName());
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

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportMail mail) {
        if (mail.to() == null) {
            return;
        }
        executor.execute(() -> send(mail));
    }

    private void send(ReportMail mail) {
        try {
            Properties properties = new Properties();
            properties.putAll(mailSession.getProperties());
            properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            Locale locale = Locale.forLanguageTag(mail.language());
            ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
            String kind = mail.kind().name().toLowerCase(Locale.ROOT);
            message.setSubject(format(texts, "report.mail." + kind + ".subject", mail, locale), "UTF-8");
            message.setText(bodyOf(texts, mail, locale), "UTF-8");
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "A report mail (" + mail.kind() + ", " + mail.reference()
                    + ") could not be sent; the report stands: " + e);
        }
    }

    String bodyOf(ResourceBundle texts, ReportMail mail, Locale locale) {
        StringBuilder body = new StringBuilder();
        if (mail.kind() == ReportMail.Kind.CONFIRMATION) {
            body.append(format(texts, "report.mail.confirmation.body", mail, locale)).append("\n\n")
                    .append(texts.getString("report.mail.trackingLink")).append('\n').append(trackingLink(mail));
        } else {
            body.append(format(texts, "report.mail.status.body", mail, locale));
            if (mail.publicAnswer() != null) {
                body.append("\n\n").append(mail.publicAnswer());
            }
        }
        return body.append("\n\n").append(texts.getString("report.mail.signature")).append('\n').toString();
    }

    private String trackingLink(ReportMail mail) {
        String base = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        return base + "/rapport.xhtml?token=" + mail.trackingToken();
    }

    private static String format(ResourceBundle texts, String key, ReportMail mail, Locale locale) {
        String status = mail.status() == null ? "" : texts.getString("report.status." + mail.status());
        return new MessageFormat(texts.getString(key), locale).format(new Object[] {mail.reference(), status});
    }
}

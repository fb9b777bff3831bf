package se.tryggstad.portal.shared.infrastructure;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Plain-text mail through the server's mail session, sent on another thread with short SMTP timeouts,
 * so a slow or missing SMTP server never delays or undoes what the mail is about. A failure is
 * logged by what the mail was about, never with the address. Contexts call this from their
 * after-commit observers, so a rolled-back change never mails.
 */
@ApplicationScoped
public class OutgoingMail {

    private static final Logger LOG = Logger.getLogger(OutgoingMail.class.getName());
    private static final String TIMEOUT_MILLIS = "10000";

    @Resource(lookup = "java:jboss/mail/Default")
    Session mailSession;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "trygg.mail.from", defaultValue = "Trygg stad <no-reply@tryggstad.invalid>")
    String from;

    /** Sends later; {@code about} names the mail in the log if it cannot be sent. */
    public void sendLater(String to, String subject, String body, Map<String, String> headers, String about) {
        executor.execute(() -> send(to, subject, body, headers, about));
    }

    /** A file that goes with a mail. */
    public record MailAttachment(String fileName, String contentType, byte[] content) {
    }

    /** Sends later with a file attached (e.g. a remiss yttrande as PDF). */
    public void sendLater(String to, String subject, String body, MailAttachment attachment, String about) {
        executor.execute(() -> send(to, subject, body, Map.of(), attachment, about));
    }

    private void send(String to, String subject, String body, Map<String, String> headers, String about) {
        send(to, subject, body, headers, null, about);
    }

    private void send(String to, String subject, String body, Map<String, String> headers, MailAttachment attachment,
                      String about) {
        try {
            Properties properties = new Properties();
            properties.putAll(mailSession.getProperties());
            properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            if (attachment == null) {
                message.setText(body, "UTF-8");
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(body, "UTF-8");
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                file.setFileName(attachment.fileName());
                message.setContent(new MimeMultipart(text, file));
            }
            for (Map.Entry<String, String> header : headers.entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "A mail (" + about + ") could not be sent: " + e);
        }
    }
}

package se.tryggstad.portal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One real SMTP server (GreenMail) for the whole integration-test run, on the port failsafe hands
 * to WildFly as {@code SMTP_PORT}: every mail the portal sends in a test lands here. Tests read it
 * with {@link #awaitMail} and {@link #mailsTo}; each test uses its own addresses
 * ({@link TestServer#uniqueName}), so tests never see each other's mail.
 */
public class TestMailServer implements LauncherSessionListener {

    private static GreenMail server;

    /** One received mail, decoded. */
    public record Mail(String to, String subject, String body) {
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getenv("SMTP_PORT");
        if (port == null || server != null) {
            return;
        }
        server = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received so far for this address, oldest first. */
    public static List<Mail> mailsTo(String address) {
        if (server == null) {
            throw new IllegalStateException("no test SMTP server: SMTP_PORT is not set (run the ITs through failsafe)");
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipients(message).contains(address.toLowerCase()))
                .map(message -> decode(message, address))
                .toList();
    }

    /** Every message received so far for this address, undecoded (e.g. to read its attachments). */
    public static List<MimeMessage> messagesTo(String address) {
        if (server == null) {
            throw new IllegalStateException("no test SMTP server: SMTP_PORT is not set (run the ITs through failsafe)");
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipients(message).contains(address.toLowerCase())).toList();
    }

    /** Waits until a mail to this address whose subject contains the text has arrived, and answers it. */
    public static Mail awaitMail(String address, String subjectContains, Duration deadline) {
        AtomicReference<Mail> found = new AtomicReference<>();
        Await.until(() -> {
            mailsTo(address).stream().filter(mail -> mail.subject().contains(subjectContains)).findFirst()
                    .ifPresent(found::set);
            return found.get() != null;
        }, deadline, "a mail to " + address + " about '" + subjectContains + "'; got " + mailsTo(address));
        return found.get();
    }

    /** The values of one header in every mail to this address, e.g. {@code List-Unsubscribe}. */
    public static List<String> headerValues(String address, String header) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipients(message).contains(address.toLowerCase()))
                .flatMap(message -> {
                    try {
                        String[] values = message.getHeader(header);
                        return values == null ? java.util.stream.Stream.<String>empty() : Arrays.stream(values);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()).toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail decode(MimeMessage message, String to) {
        try {
            return new Mail(to, message.getSubject(), String.valueOf(message.getContent()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.domain.ReportMail;
import se.tryggstad.portal.shared.infrastructure.OutgoingMail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Sends mails to reporters through the server's mail session once the transaction that raised them
 * has committed (a rolled-back report never mails), on another thread, so a slow SMTP server never
 * delays or undoes a report; a failure is logged without the address.
 */
@ApplicationScoped
public class ReportMailer {

    private static final String BUNDLE = "se.tryggstad.portal.i18n.messages";

    @Inject
    OutgoingMail outgoing;

    @Inject
    @ConfigProperty(name = "trygg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportMail mail) {
        if (mail.to() == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(mail.language());
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String kind = mail.kind().name().toLowerCase(Locale.ROOT);
        outgoing.sendLater(mail.to(), format(texts, "report.mail." + kind + ".subject", mail, locale),
                bodyOf(texts, mail, locale), Map.of(),
                "report " + mail.kind() + ", " + mail.reference() + "; the report stands");
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

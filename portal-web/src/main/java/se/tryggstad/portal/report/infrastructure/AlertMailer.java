package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.domain.AlertMail;
import se.tryggstad.portal.shared.infrastructure.OutgoingMail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Sends area-alert mails once the transaction that raised them has committed, on another thread.
 * Every mail carries its unsubscribe link, also as a one-click {@code List-Unsubscribe} header
 * (RFC 8058) so mail programs can offer it. A failure is logged without the address.
 */
@ApplicationScoped
public class AlertMailer {

    private static final String BUNDLE = "se.tryggstad.portal.i18n.messages";

    @Inject
    OutgoingMail outgoing;

    @Inject
    @ConfigProperty(name = "trygg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertMail mail) {
        Locale locale = Locale.forLanguageTag(mail.language());
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String kind = mail.kind() == AlertMail.Kind.CONFIRMATION ? "confirmation" : "newReport";
        outgoing.sendLater(mail.to(), format(texts, "report.alert.mail." + kind + ".subject", mail, locale),
                bodyOf(texts, mail, locale),
                Map.of("List-Unsubscribe", "<" + base() + "/api/report-alerts/unsubscribe?token="
                                + encoded(mail.unsubscribeToken()) + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                "area alert " + mail.kind());
    }

    String bodyOf(ResourceBundle texts, AlertMail mail, Locale locale) {
        StringBuilder body = new StringBuilder();
        if (mail.kind() == AlertMail.Kind.CONFIRMATION) {
            body.append(texts.getString("report.alert.mail.confirmation.body")).append("\n\n")
                    .append(base()).append("/bevakning.xhtml?bekrafta=").append(encoded(mail.confirmToken()));
        } else {
            body.append(format(texts, "report.alert.mail.newReport.body", mail, locale)).append("\n\n")
                    .append(base()).append("/rapporter.xhtml?referens=").append(encoded(mail.reference()));
        }
        body.append("\n\n").append(texts.getString("report.alert.mail.unsubscribe")).append('\n')
                .append(base()).append("/bevakning.xhtml?avsluta=").append(encoded(mail.unsubscribeToken()));
        return body.append("\n\n").append(texts.getString("report.mail.signature")).append('\n').toString();
    }

    private String base() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String format(ResourceBundle texts, String key, AlertMail mail, Locale locale) {
        return new MessageFormat(texts.getString(key), locale)
                .format(new Object[] {mail.reference(), mail.categoryName(), mail.place()});
    }
}

package se.tryggstad.portal.forum.workspace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.forum.workspace.domain.DigestMail;
import se.tryggstad.portal.shared.infrastructure.OutgoingMail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Sends forum digests once the transaction that recorded them has committed. Every digest carries
 * its one-time unsubscribe link in the text and as a one-click {@code List-Unsubscribe} header
 * (RFC 8058). A failure is logged without the address.
 */
@ApplicationScoped
public class DigestMailer {

    private static final String BUNDLE = "se.tryggstad.portal.i18n.messages";

    @Inject
    OutgoingMail outgoing;

    @Inject
    @ConfigProperty(name = "trygg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DigestMail mail) {
        Locale locale = Locale.forLanguageTag(mail.language());
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String token = URLEncoder.encode(mail.unsubscribeToken(), StandardCharsets.UTF_8);
        outgoing.sendLater(mail.to(), new MessageFormat(texts.getString("forum.post.digest.mail.subject"), locale)
                        .format(new Object[] {mail.forumName()}), bodyOf(texts, mail, locale),
                Map.of("List-Unsubscribe", "<" + base() + "/api/forum-digests/unsubscribe?token=" + token + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                "forum digest " + mail.periodKey());
    }

    String bodyOf(ResourceBundle texts, DigestMail mail, Locale locale) {
        StringBuilder body = new StringBuilder(new MessageFormat(texts.getString("forum.post.digest.mail.intro"), locale)
                .format(new Object[] {mail.forumName(), mail.items().size()})).append("\n\n");
        for (DigestMail.Item item : mail.items()) {
            body.append("• ").append(item.threadTitle()).append(" (").append(item.organisation()).append(")\n  ")
                    .append(item.excerpt()).append("\n\n");
        }
        body.append(base()).append("/partner/samverkan/inlagg.xhtml?id=").append(mail.forumId()).append("\n\n")
                .append(texts.getString("forum.post.digest.mail.unsubscribe")).append('\n')
                .append(base()).append("/samverkan/sammanfattning.xhtml?avsluta=")
                .append(URLEncoder.encode(mail.unsubscribeToken(), StandardCharsets.UTF_8));
        return body.append("\n\n").append(texts.getString("report.mail.signature")).append('\n').toString();
    }

    private String base() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }
}

package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.domain.AssignmentMail;
import se.tryggstad.portal.shared.infrastructure.OutgoingMail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Tells a staff member, after the assignment committed, that a report is theirs, with a link to it.
 * Accounts have no e-mail of their own: a username that is an address is used as it is, any other
 * gets the city's staff mail domain ({@code TRYGG_STAFF_MAIL_DOMAIN}). Staff mails are in Swedish.
 */
@ApplicationScoped
public class AssignmentMailer {

    private static final String BUNDLE = "se.tryggstad.portal.i18n.messages";

    @Inject
    OutgoingMail outgoing;

    @Inject
    @ConfigProperty(name = "trygg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    @Inject
    @ConfigProperty(name = "trygg.staff.mail.domain", defaultValue = "solna.se")
    String staffMailDomain;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssignmentMail mail) {
        Locale swedish = Locale.forLanguageTag("sv");
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, swedish);
        String base = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        Object[] arguments = {mail.reference(), mail.department(), mail.assignedBy(),
                base + "/staff/rapport.xhtml?id=" + mail.reportId()};
        outgoing.sendLater(addressOf(mail.assignee()),
                new MessageFormat(texts.getString("report.mail.assigned.subject"), swedish).format(arguments),
                new MessageFormat(texts.getString("report.mail.assigned.body"), swedish).format(arguments) + "\n",
                Map.of(), "report assignment, " + mail.reference() + "; the assignment stands");
    }

    String addressOf(String username) {
        return username.contains("@") ? username : username + "@" + staffMailDomain;
    }
}

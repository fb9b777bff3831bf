package se.tryggstad.portal.account.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.account.application.AccountRejected;
import se.tryggstad.portal.account.application.AccountService;
import se.tryggstad.portal.account.application.NewAccount;
import se.tryggstad.portal.account.domain.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A production start has no accounts: while no active administrator exists, the first one is
 * created from {@code TRYGG_ADMIN_USERNAME} and {@code TRYGG_ADMIN_PASSWORD}. There is no built-in
 * password.
 */
@Singleton
@Startup
// after demo content, so a demo start does not warn that no administrator exists
@DependsOn({"DatabaseMigration", "DemoContent"})
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    AccountQueries queries;

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "trygg.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "trygg.admin.password")
    Optional<String> password;

    @PostConstruct
    void createWhenNoneExists() {
        if (queries.anyActiveAdmin()) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warning("No administrator exists. Set TRYGG_ADMIN_USERNAME and TRYGG_ADMIN_PASSWORD and restart "
                    + "to create the first one.");
            return;
        }
        try {
            accounts.open(new NewAccount(username.get(), "Administratör", password.get(), EnumSet.of(Role.ADMIN)));
            LOG.info(() -> "Created the first administrator '" + username.get() + "'.");
        } catch (AccountRejected rejected) {
            LOG.severe(() -> "The first administrator was not created: " + rejected.messageKey()
                    + " (field " + rejected.field() + ").");
        }
    }
}

package se.tryggstad.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.account.application.AccountService;
import se.tryggstad.portal.account.application.NewAccount;
import se.tryggstad.portal.account.domain.Role;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo content for the run profile only ({@code TRYGG_DEMO_DATA=true}); loaded once, through the
 * same application services a user would use. The demo logins are listed in README.md. Each context
 * loads its own demo content in its own class that depends on this one (e.g. SupportDemoContent).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoContent {

    /** Documented in README.md; exists only where demo data is switched on. */
    static final String DEMO_PASSWORD = "Trygg-demo-2026";

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    AccountService accounts;

    @Inject
    AccountQueries queries;

    @PostConstruct
    void loadOnce() {
        if (!enabled) {
            return;
        }
        demoAccount("admin", "Ada Administratör", EnumSet.of(Role.ADMIN, Role.STAFF));
        demoAccount("handlaggare", "Hanna Handläggare", EnumSet.of(Role.STAFF, Role.REMISS_HANDLER));
        demoAccount("personal", "Per Personal", EnumSet.of(Role.STAFF));
        demoAccount("partner", "Paula Partner", EnumSet.of(Role.PARTNER));
    }

    private void demoAccount(String username, String name, Set<Role> roles) {
        if (queries.find(username).isEmpty()) {
            accounts.open(new NewAccount(username, name, DEMO_PASSWORD, roles));
            LOG.info(() -> "Demo account '" + username + "' created.");
        }
    }
}

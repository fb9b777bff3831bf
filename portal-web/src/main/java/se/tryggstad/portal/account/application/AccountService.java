package se.tryggstad.portal.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.account.domain.PasswordPolicy;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.account.domain.UserAccount;
import se.tryggstad.portal.account.domain.Username;
import se.tryggstad.portal.account.infrastructure.PasswordHasher;
import se.tryggstad.portal.account.infrastructure.UserAccountRepository;

import java.time.Clock;
import java.util.Set;

/** Creates accounts and changes their roles; each method is one transaction. */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    public AccountSummary open(NewAccount request) {
        if (!Username.isValid(request.username())) {
            throw new AccountRejected(AccountRejected.Reason.INVALID, "username", "account.username.invalid");
        }
        Username username = Username.of(request.username());
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 120) {
            throw new AccountRejected(AccountRejected.Reason.INVALID, "displayName", "account.displayName.invalid");
        }
        PasswordPolicy.problemWith(request.password(), username.value()).ifPresent(problem -> {
            throw new AccountRejected(AccountRejected.Reason.INVALID, "password", problem);
        });
        if (accounts.find(username).isPresent()) {
            throw new AccountRejected(AccountRejected.Reason.CONFLICT, "username", "account.username.taken");
        }
        UserAccount account = UserAccount.open(username, displayName, hasher.hash(request.password()),
                request.roles(), clock.instant());
        accounts.add(account);
        return AccountSummary.of(account);
    }

    public AccountSummary assignRoles(String username, Set<Role> roles) {
        UserAccount account = existing(username);
        if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            refuseToRemoveLastAdmin();
        }
        account.assignRoles(roles);
        return AccountSummary.of(account);
    }

    public AccountSummary deactivate(String username) {
        UserAccount account = existing(username);
        if (account.hasRole(Role.ADMIN) && account.isActive()) {
            refuseToRemoveLastAdmin();
        }
        account.deactivate();
        return AccountSummary.of(account);
    }

    public AccountSummary reactivate(String username) {
        UserAccount account = existing(username);
        account.reactivate();
        return AccountSummary.of(account);
    }

    private void refuseToRemoveLastAdmin() {
        if (accounts.countActiveWithRole(Role.ADMIN) <= 1) {
            throw new AccountRejected(AccountRejected.Reason.CONFLICT, "roles", "account.lastAdmin");
        }
    }

    private UserAccount existing(String username) {
        if (!Username.isValid(username)) {
            throw new AccountRejected(AccountRejected.Reason.NOT_FOUND, "username", "account.notFound");
        }
        return accounts.find(Username.of(username))
                .orElseThrow(() -> new AccountRejected(AccountRejected.Reason.NOT_FOUND, "username", "account.notFound"));
    }
}

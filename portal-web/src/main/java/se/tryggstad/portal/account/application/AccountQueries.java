package se.tryggstad.portal.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.account.domain.Username;
import se.tryggstad.portal.account.infrastructure.UserAccountRepository;

import java.util.List;
import java.util.Optional;

/** The read side of accounts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountQueries {

    @Inject
    UserAccountRepository accounts;

    public List<AccountSummary> all() {
        return accounts.all().stream().map(AccountSummary::of).toList();
    }

    public Optional<AccountSummary> find(String username) {
        if (!Username.isValid(username)) {
            return Optional.empty();
        }
        return accounts.find(Username.of(username)).map(AccountSummary::of);
    }

    public boolean anyActiveAdmin() {
        return accounts.countActiveWithRole(Role.ADMIN) > 0;
    }
}

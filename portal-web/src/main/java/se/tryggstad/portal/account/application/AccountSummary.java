package se.tryggstad.portal.account.application;

import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.account.domain.UserAccount;

import java.time.Instant;
import java.util.Set;

/** The read side of an account; never carries the password hash. */
public record AccountSummary(String username, String displayName, Set<Role> roles, boolean active, Instant createdAt,
                             long version) {

    public static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.username(), account.displayName(), Set.copyOf(account.roles()),
                account.isActive(), account.createdAt(), account.version());
    }
}

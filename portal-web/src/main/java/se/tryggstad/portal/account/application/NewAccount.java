package se.tryggstad.portal.account.application;

import se.tryggstad.portal.account.domain.Role;

import java.util.Set;

/** What an administrator fills in to give someone an account. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles) {
}

package se.tryggstad.portal.account.web;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AccountsViewTest {

    private static final Set<String> NEW_ACCOUNT_FIELDS = Set.of("username", "displayName", "password", "roles");

    @Test
    void aRejectionIsShownAtTheInputItIsAbout() {
        for (String field : NEW_ACCOUNT_FIELDS) {
            assertEquals("newAccount:" + field, AccountsView.clientId(field, "newAccount", NEW_ACCOUNT_FIELDS));
        }
        assertEquals("editRoles:roles", AccountsView.clientId("roles", "editRoles", Set.of("roles")));
    }

    @Test
    void aRejectionAboutSomethingNotOnTheFormIsShownForThePage() {
        assertNull(AccountsView.clientId("username", "editRoles", Set.of("roles")));
        assertNull(AccountsView.clientId("roles", null, Set.of()));
    }
}

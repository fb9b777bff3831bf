package se.tryggstad.portal.account.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

    @Test
    void aNewAccountIsActiveWithItsRoles() {
        UserAccount account = UserAccount.open(Username.of("per"), "  Per Personal ", "hash", EnumSet.of(Role.STAFF), NOW);
        assertTrue(account.isActive());
        assertEquals("Per Personal", account.displayName());
        assertEquals(Set.of(Role.STAFF), account.roles());
        assertEquals(NOW, account.createdAt());
    }

    @Test
    void rolesAreReplacedAndCannotBeChangedFromOutside() {
        UserAccount account = UserAccount.open(Username.of("per"), "Per", "hash", EnumSet.of(Role.STAFF), NOW);
        account.assignRoles(EnumSet.of(Role.PARTNER, Role.ADMIN));
        assertTrue(account.hasRole(Role.ADMIN));
        assertFalse(account.hasRole(Role.STAFF));
        assertThrows(UnsupportedOperationException.class, () -> account.roles().add(Role.STAFF));
        account.assignRoles(Set.of());
        assertEquals(Set.of(), account.roles());
    }

    @Test
    void deactivationCanBeUndone() {
        UserAccount account = UserAccount.open(Username.of("per"), "Per", "hash", Set.of(), NOW);
        account.deactivate();
        assertFalse(account.isActive());
        account.reactivate();
        assertTrue(account.isActive());
    }

    @Test
    void aDisplayNameIsRequired() {
        assertThrows(IllegalArgumentException.class,
                () -> UserAccount.open(Username.of("per"), "   ", "hash", Set.of(), NOW));
        assertThrows(IllegalArgumentException.class,
                () -> UserAccount.open(Username.of("per"), "x".repeat(121), "hash", Set.of(), NOW));
    }
}

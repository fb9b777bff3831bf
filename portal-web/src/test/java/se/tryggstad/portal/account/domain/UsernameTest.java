package se.tryggstad.portal.account.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsernameTest {

    @Test
    void typedNamesAreTrimmedAndLowerCased() {
        assertEquals("anna.svensson@solna.se", Username.of("  Anna.Svensson@Solna.se ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "åsa", "anna svensson", "drop;table", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void invalidNamesAreRefused(String typed) {
        assertFalse(Username.isValid(typed));
        assertThrows(IllegalArgumentException.class, () -> Username.of(typed));
    }

    @Test
    void nullIsNotAName() {
        assertFalse(Username.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> Username.of(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "per_p", "it-admin", "x.y@z", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void validNamesAreAccepted(String typed) {
        assertTrue(Username.isValid(typed));
    }
}

package se.tryggstad.portal.account.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("katten sover på taket", "anna"));
    }

    @Test
    void shortPasswordsAreRefused() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problemWith("Kort1!", "anna"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problemWith(null, "anna"));
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problemWith("x1y2z3".repeat(30), "anna"));
    }

    @Test
    void commonOrRepetitivePasswordsAreRefused() {
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.problemWith("Password1234", "anna"));
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.problemWith("abababababab", "anna"));
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.problemWith("hej-ANNASVENSSON-hej", "annasvensson"));
    }
}

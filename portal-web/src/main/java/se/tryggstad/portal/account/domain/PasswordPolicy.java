package se.tryggstad.portal.account.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: long rather than complex (NIST SP 800-63B), and not one of the most
 * common choices or the username itself.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> TOO_COMMON = Set.of(
            "123456789012", "password1234", "losenord1234", "qwertyuiopas", "sommar2026!!",
            "vinter2026!!", "trygghet1234", "solna1234567", "administrator", "welcome12345");

    private PasswordPolicy() {
    }

    /** Empty when the password is acceptable, otherwise a message key saying why not. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (TOO_COMMON.contains(lower) || (username != null && lower.contains(username.toLowerCase(Locale.ROOT)))) {
            return Optional.of("password.tooCommon");
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }
}

package se.tryggstad.portal.account.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A sign-in name: 3–64 lower-case letters, digits and {@code . _ - @}; compared case-insensitively. */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._@-]{3,64}");

    public Username {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("a username has 3 to 64 of a-z, 0-9 and . _ - @");
        }
    }

    /** Normalises what a person typed (trimmed, lower case) and checks it. */
    public static Username of(String typed) {
        return new Username(typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
    }

    public static boolean isValid(String typed) {
        return typed != null && ALLOWED.matcher(typed.strip().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

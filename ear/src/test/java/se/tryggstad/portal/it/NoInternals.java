package se.tryggstad.portal.it;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Checks that a page shows nothing of the server's insides. */
final class NoInternals {

    /** A stack frame, a "Caused by", the server's own message codes, or an exception's message. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\bat [\\w.$]+\\([\\w$]+\\.java:\\d+\\)|Caused by|WFLY\\w+\\d|UT\\d{6}|Exception: ");

    private NoInternals() {
    }

    static void assertNoInternals(HttpResponse<String> response) {
        assertFalse(INTERNALS.matcher(response.body()).find(), response.body());
    }
}

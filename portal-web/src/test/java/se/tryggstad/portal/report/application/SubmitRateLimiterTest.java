package se.tryggstad.portal.report.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SubmitRateLimiterTest {

    private static SubmitRateLimiter limiter(Instant now, String trustedProxies) {
        SubmitRateLimiter limiter = new SubmitRateLimiter();
        limiter.submits = 10;
        limiter.windowSeconds = 600;
        limiter.trustedProxies = Optional.ofNullable(trustedProxies);
        limiter.clock = Clock.fixed(now, ZoneOffset.UTC);
        return limiter;
    }

    @Test
    void tenSubmissionsPassTheEleventhWaitsForTheNextToken() {
        SubmitRateLimiter limiter = limiter(Instant.parse("2026-11-26T10:00:00Z"), null);
        for (int i = 0; i < 10; i++) {
            limiter.acquire("10.0.0.1", null);
        }
        SubmitLimited limited = assertThrows(SubmitLimited.class, () -> limiter.acquire("10.0.0.1", null));
        assertEquals(60, limited.retryAfterSeconds(), "one token per 60 s at 10 per 10 minutes");
        assertDoesNotThrow(() -> limiter.acquire("10.0.0.2", null), "another address has its own bucket");
    }

    @Test
    void tokensComeBackOverTime() {
        Instant start = Instant.parse("2026-11-26T10:00:00Z");
        SubmitRateLimiter limiter = limiter(start, null);
        for (int i = 0; i < 10; i++) {
            limiter.acquire("10.0.0.1", null);
        }
        limiter.clock = Clock.fixed(start.plusSeconds(60), ZoneOffset.UTC);
        assertDoesNotThrow(() -> limiter.acquire("10.0.0.1", null));
        assertThrows(SubmitLimited.class, () -> limiter.acquire("10.0.0.1", null));
    }
}

package se.tryggstad.portal.forum.workspace.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.shared.domain.BoundingBox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceDomainTest {

    private static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");
    private static final BoundingBox CITY = BoundingBox.parse("59.34,17.95,59.40,18.06");

    @Test
    void aDailyDigestCoversYesterdayAndAWeeklyOneLastWeekInSolnasTime() {
        Instant thursdayMorning = Instant.parse("2026-11-26T05:30:00Z");
        DigestPeriod daily = DigestFrequency.DAILY.periodBefore(thursdayMorning, SOLNA).orElseThrow();
        assertEquals("D:2026-11-25", daily.key());
        assertEquals(Instant.parse("2026-11-24T23:00:00Z"), daily.from());
        assertEquals(Instant.parse("2026-11-25T23:00:00Z"), daily.to());
        DigestPeriod weekly = DigestFrequency.WEEKLY.periodBefore(thursdayMorning, SOLNA).orElseThrow();
        assertEquals("W:2026-47", weekly.key());
        assertEquals(Instant.parse("2026-11-15T23:00:00Z"), weekly.from());
        assertEquals(Instant.parse("2026-11-22T23:00:00Z"), weekly.to());
        assertEquals(Optional.empty(), DigestFrequency.NONE.periodBefore(thursdayMorning, SOLNA));
    }

    @Test
    void aRouteIsTwoOrMorePointsInsideTheCity() {
        assertEquals(Optional.empty(), WalkRoute.problemWith("59.3600,17.9990; 59.3605,18.0000", CITY));
        assertEquals(Optional.of("forum.walk.route.tooShort"), WalkRoute.problemWith("59.36,17.99", CITY));
        assertEquals(Optional.of("forum.walk.route.tooShort"), WalkRoute.problemWith("", CITY));
        assertEquals(Optional.of("forum.walk.route.format"), WalkRoute.problemWith("59.36;17.99", CITY));
        assertEquals(Optional.of("forum.walk.route.format"), WalkRoute.problemWith("norr,söder;1,2", CITY));
        assertEquals(Optional.of("forum.walk.route.outside"), WalkRoute.problemWith("59.36,17.99;57.7,11.9", CITY));
        WalkRoute route = WalkRoute.parse("59.36,17.99;59.361,18.0");
        assertEquals("59.360000,17.990000;59.361000,18.000000", route.text());
        assertTrue(route.geoJson().contains("[17.990000,59.360000]"));
    }

    @Test
    void unsubscribeTokensAreRandomAndOnlyTheirHashIsKept() {
        String token = DigestToken.newToken();
        assertTrue(DigestToken.looksLikeToken(token));
        assertFalse(DigestToken.looksLikeToken("kort"));
        assertEquals(64, DigestToken.hashOf(token).length());
        assertFalse(token.equals(DigestToken.newToken()));
    }
}

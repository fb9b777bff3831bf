package se.tryggstad.portal.remiss.conflicts.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.remiss.conflicts.EventConflict;
import se.tryggstad.portal.remiss.conflicts.ScheduledEvent;
import se.tryggstad.portal.remiss.event.EventFacts;
import se.tryggstad.portal.remiss.event.Facts;
import se.tryggstad.portal.remiss.event.GeoDistance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.remiss.event.Facts.event;

class ConflictRulesTest {

    private static final double ARENA_LAT = 59.3725;
    private static final double ARENA_LON = 18.0003;
    private static final LocalDateTime JUNE_6_NOON = LocalDateTime.of(2026, 6, 6, 12, 0);

    private static Facts sixthOfJune() {
        return event().between(JUNE_6_NOON, JUNE_6_NOON.plusHours(6));
    }

    private static ScheduledEvent other(String reference, EventFacts facts) {
        return new ScheduledEvent(reference.hashCode(), reference, "Evenemang " + reference, facts);
    }

    private static List<EventConflict> conflicts(EventFacts event, ScheduledEvent... others) {
        return ConflictRules.conflicts(event, List.of(others), 1000, Map.of());
    }

    @Test
    void theHaversineDistanceMatchesAKnownOne() {
        // one minute of latitude is one nautical mile, 1 852 m
        assertEquals(1852, GeoDistance.metres(59.0, 18.0, 59.0 + 1.0 / 60, 18.0), 3);
    }

    @Test
    void anOverlappingEventWithinTheDistanceIsFlaggedWithItsDistance() {
        EventFacts market = sixthOfJune().at(59.3600, 18.0000).build();
        ScheduledEvent near = other("KS/2026:0001", sixthOfJune().at(59.3650, 18.0000).build());
        ScheduledEvent far = other("KS/2026:0002", sixthOfJune().at(59.3800, 18.0000).build());
        List<EventConflict> found = conflicts(market, far, near);
        assertEquals(1, found.size());
        assertEquals(near, found.get(0).other());
        assertEquals(EventConflict.Kind.NEARBY_OVERLAP, found.get(0).kind());
        assertEquals(556, found.get(0).distanceMetres(), 2);
    }

    @Test
    void buildUpAndTeardownCountAsPartOfTheEvent() {
        EventFacts festival = sixthOfJune().at(59.36, 18.0).buildUpFrom(JUNE_6_NOON.minusDays(2))
                .teardownUntil(JUNE_6_NOON.plusDays(1)).build();
        ScheduledEvent duringBuildUp = other("build", event().between(JUNE_6_NOON.minusDays(1), JUNE_6_NOON.minusDays(1).plusHours(3))
                .at(59.3601, 18.0).build());
        ScheduledEvent duringTeardown = other("teardown", event().between(JUNE_6_NOON.plusHours(20), JUNE_6_NOON.plusHours(22))
                .at(59.3601, 18.0).build());
        ScheduledEvent after = other("after", event().between(JUNE_6_NOON.plusDays(1), JUNE_6_NOON.plusDays(1).plusHours(2))
                .at(59.3601, 18.0).build());
        assertEquals(List.of("build", "teardown"), conflicts(festival, duringBuildUp, duringTeardown, after).stream()
                .map(conflict -> conflict.other().reference()).toList(), "ending exactly when the other starts is no overlap");
    }

    @Test
    void theDistanceIsConfigurable() {
        EventFacts market = sixthOfJune().at(59.3600, 18.0000).build();
        ScheduledEvent near = other("near", sixthOfJune().at(59.3650, 18.0000).build());
        assertEquals(List.of(), ConflictRules.conflicts(market, List.of(near), 500, Map.of()));
        assertEquals(1, ConflictRules.conflicts(market, List.of(near), 600, Map.of()).size());
    }

    @Test
    void withoutPointsTwoEventsInTheArenaAreaAreNearButOthersAreNot() {
        ScheduledEvent arenaOther = other("arena", sixthOfJune().inArenaArea().build());
        ScheduledEvent somewhere = other("somewhere", sixthOfJune().build());
        List<EventConflict> found = conflicts(sixthOfJune().inArenaArea().build(), arenaOther, somewhere);
        assertEquals(1, found.size());
        assertNull(found.get(0).distanceMetres());
        assertEquals(List.of(), conflicts(sixthOfJune().build(), arenaOther, somewhere));
    }

    @Test
    void anEventInTheArenaAreaOnAnArenaEventDayIsFlagged() {
        Map<LocalDate, String> arenaDays = Map.of(LocalDate.of(2026, 6, 6), "Landskamp", LocalDate.of(2026, 6, 7), "Konsert",
                LocalDate.of(2026, 6, 9), "Annan dag");
        EventFacts fanZone = sixthOfJune().inArenaArea().at(ARENA_LAT, ARENA_LON).teardownUntil(LocalDateTime.of(2026, 6, 8, 0, 0)).build();
        List<EventConflict> found = ConflictRules.conflicts(fanZone, List.of(), 1000, arenaDays);
        assertEquals(List.of("Landskamp", "Konsert"), found.stream().map(conflict -> conflict.other().name()).toList(),
                "a teardown ending at midnight does not reach the next day");
        assertTrue(found.stream().allMatch(conflict -> conflict.kind() == EventConflict.Kind.ARENA_EVENT_DAY
                && conflict.other().remissId() == 0 && conflict.other().reference().isEmpty()));
        assertEquals(List.of(), ConflictRules.conflicts(sixthOfJune().at(ARENA_LAT, ARENA_LON).build(), List.of(), 1000, arenaDays),
                "not in the arena area: arena days do not matter");
    }

    @Test
    void eventsWithoutAStartAreNeverInConflict() {
        EventFacts undated = event().between(null, null).at(59.36, 18.0).build();
        assertEquals(List.of(), conflicts(undated, other("x", sixthOfJune().at(59.36, 18.0).build())));
        assertEquals(List.of(), conflicts(sixthOfJune().at(59.36, 18.0).build(), other("x", undated)));
    }
}

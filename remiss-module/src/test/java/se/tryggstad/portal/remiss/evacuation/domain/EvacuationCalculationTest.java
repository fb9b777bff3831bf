package se.tryggstad.portal.remiss.evacuation.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.remiss.event.PlaceKind;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.remiss.event.Facts.event;

/** The calculation over the seeded (approximate) arena area of V3_1_1, and the choice of area. */
class EvacuationCalculationTest {

    private static final Duration EIGHT_MINUTES = Duration.ofMinutes(8);

    static EvacuationArea arena() {
        EvacuationArea arena = EvacuationArea.of("Arenaområdet", 59.3725, 18.0003, 500, 70_000, true, true);
        arena.addExit("Norra entrén", 20, ExitKind.LEVEL, true);
        arena.addExit("Södra entrén", 18, ExitKind.LEVEL, true);
        arena.addExit("Västra entrén", 16, ExitKind.LEVEL, true);
        arena.addExit("Östra entrén", 16, ExitKind.LEVEL, true);
        arena.addExit("Trappor station", 14, ExitKind.STAIRS, true);
        arena.addExit("Trappor Evenemangsgatan", 14, ExitKind.STAIRS, true);
        arena.addExit("Reservutgång", 26, ExitKind.LEVEL, false);
        return arena;
    }

    @Test
    void theTimeIsTheCrowdOverTheSummedGreenGuideFlowOfTheOpenExits() {
        EvacuationCalculation sober = EvacuationCalculation.of(arena(), 65_000, false, false, EIGHT_MINUTES);
        assertEquals(70 * 82 + 28 * 66, sober.personsPerMinute(), 0.001);
        assertEquals(Duration.ofSeconds(514), sober.evacuationTime(), "65 000 / 7 588 per minute, rounded up");
        assertFalse(sober.passes());
        assertEquals(Duration.ofSeconds(-34), sober.margin());
        assertEquals(0, sober.exits().get(6).personsPerMinute(), 0.001, "the closed reserve exit passes nobody");
        assertTrue(sober.approximate());
    }

    @Test
    void theNationalArenaConcertWithAlcoholFailsThenPassesWithASmallerCrowdOrTheReserveExitOpen() {
        EvacuationCalculation full = EvacuationCalculation.of(arena(), 65_000, true, false, EIGHT_MINUTES);
        assertEquals(6_608, full.personsPerMinute(), 0.001);
        assertEquals(Duration.ofSeconds(591), full.evacuationTime());
        assertFalse(full.passes());

        EvacuationCalculation smaller = EvacuationCalculation.of(arena(), 50_000, true, false, EIGHT_MINUTES);
        assertEquals(Duration.ofSeconds(454), smaller.evacuationTime());
        assertTrue(smaller.passes());
        assertEquals(Duration.ofSeconds(26), smaller.margin());

        EvacuationCalculation reserveOpen = EvacuationCalculation.of(arena(), 65_000, true, true, EIGHT_MINUTES);
        assertEquals(8_480, reserveOpen.personsPerMinute(), 0.001);
        assertEquals(Duration.ofSeconds(460), reserveOpen.evacuationTime());
        assertTrue(reserveOpen.passes());
    }

    @Test
    void aCrowdAboveCapacityFailsEvenWhenItLeavesInTime() {
        EvacuationCalculation over = EvacuationCalculation.of(arena(), 71_000, false, true, Duration.ofMinutes(20));
        assertTrue(over.overCapacity());
        assertFalse(over.margin().isNegative());
        assertFalse(over.passes());
    }

    @Test
    void noOpenExitMeansNoWayOutAndNoCrowdTakesNoTime() {
        EvacuationArea closed = EvacuationArea.of("Stängt", 59, 18, 100, 1000, false, false);
        closed.addExit("Grind", 2, ExitKind.LEVEL, false);
        assertEquals(EvacuationCalculation.NO_WAY_OUT, EvacuationCalculation.of(closed, 10, false, false, EIGHT_MINUTES).evacuationTime());
        assertEquals(Duration.ZERO, EvacuationCalculation.of(closed, 0, false, false, EIGHT_MINUTES).evacuationTime());
    }

    @Test
    void stairsAndAlcoholUseTheirOwnRates() {
        assertEquals(82, FlowConstants.ratePerMetreMinute(ExitKind.LEVEL, false));
        assertEquals(66, FlowConstants.ratePerMetreMinute(ExitKind.STAIRS, false));
        assertEquals(72, FlowConstants.ratePerMetreMinute(ExitKind.LEVEL, true));
        assertEquals(56, FlowConstants.ratePerMetreMinute(ExitKind.STAIRS, true));
        assertEquals(70_000, FlowConstants.capacityOfOpenArea(35_000));
        assertTrue(FlowConstants.all(8).stream().allMatch(constant -> !constant.source().isBlank()));
    }

    @Test
    void theArenaAreaIsChosenByTheApplicationOrByTheEventsPoint() {
        EvacuationArea arena = arena();
        EvacuationArea park = EvacuationArea.of("Hagaparken", 59.3600, 18.0300, 300, 20_000, false, true);
        List<EvacuationArea> areas = List.of(park, arena);
        assertEquals(Optional.of(arena), AreaChoice.of(areas, event().inArenaArea().build()));
        assertEquals(Optional.of(arena), AreaChoice.of(areas, event().place(PlaceKind.ARENA_AREA).build()));
        assertEquals(Optional.of(arena), AreaChoice.of(areas, event().at(59.3740, 18.0010).build()), "about 180 m away");
        assertEquals(Optional.of(park), AreaChoice.of(areas, event().at(59.3601, 18.0301).build()));
        assertEquals(Optional.empty(), AreaChoice.of(areas, event().at(59.3400, 18.0500).build()), "covered by none");
        assertEquals(Optional.empty(), AreaChoice.of(areas, event().build()), "no point, not the arena");
    }
}

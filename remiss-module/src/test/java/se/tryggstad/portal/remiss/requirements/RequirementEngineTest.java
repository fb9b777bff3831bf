package se.tryggstad.portal.remiss.requirements;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.remiss.event.EventFacts;
import se.tryggstad.portal.remiss.event.PlaceKind;
import se.tryggstad.portal.remiss.requirements.domain.ClauseInput;
import se.tryggstad.portal.remiss.requirements.domain.PublishedRule;
import se.tryggstad.portal.remiss.requirements.domain.RuleContent;
import se.tryggstad.portal.remiss.requirements.domain.RuleInput;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.remiss.event.Facts.event;

/** The engine over rules like the seeded ones (V3_1_0), without a container. */
class RequirementEngineTest {

    private static PublishedRule rule(String key, int version, String text, Integer perUnit, Integer perUnitAlcohol,
                                      ClauseInput... clauses) {
        return new PublishedRule(key, version, RuleContent.of(new RuleInput(key, List.of(clauses), text, text + " (en)",
                perUnit, perUnitAlcohol)));
    }

    private static final List<PublishedRule> RULES = List.of(
            rule("sakerhetsplan", 1, "Säkerhetsplan för {peakVisitors}", null, null,
                    new ClauseInput(1, "peakVisitors", ">=", "1000")),
            rule("ordningsvakter", 1, "{count} ordningsvakter", 100, 50,
                    new ClauseInput(1, "peakVisitors", ">=", "300"), new ClauseInput(2, "alcoholServed", "is true", "")),
            rule("utrymningsplan", 1, "Utrymningsplan", null, null, new ClauseInput(1, "peakVisitors", ">=", "2000"),
                    new ClauseInput(2, "arenaArea", "is true", ""), new ClauseInput(3, "placeKind", "in", "ARENA_AREA")),
            rule("renhallning-parkmark", 1, "Renhållning", null, null, new ClauseInput(1, "placeKind", "in", "PARK_LAND")),
            rule("ta-plan", 1, "TA-plan", null, null, new ClauseInput(1, "roadClosures", "is true", "")),
            rule("ljud-och-grannar", 1, "Ljud till {soundEndsAt}", null, null,
                    new ClauseInput(1, "amplifiedSound", "is true", ""), new ClauseInput(1, "soundEndsAt", "after", "22:00")),
            rule("pyroteknik", 1, "Pyroteknik", null, null, new ClauseInput(1, "pyrotechnics", "is true", "")));

    private static Map<String, ProposedVillkor> proposed(EventFacts facts) {
        return new RequirementEngine(() -> RULES).propose(facts).stream()
                .collect(Collectors.toMap(ProposedVillkor::ruleKey, Function.identity()));
    }

    @Test
    void aSmallMarketGetsNoVillkor() {
        assertEquals(Map.of(), proposed(event().peak(150).build()));
    }

    @Test
    void aLargeArenaConcertWithAlcoholSoundAndPyrotechnicsGetsTheirVillkorWithTheFieldsThatTriggeredThem() {
        Map<String, ProposedVillkor> villkor = proposed(event().inArenaArea().peak(65_000).alcohol().pyrotechnics()
                .soundUntil(LocalTime.of(23, 0)).build());
        assertEquals(List.of("ljud-och-grannar", "ordningsvakter", "pyroteknik", "sakerhetsplan", "utrymningsplan"),
                villkor.keySet().stream().sorted().toList());
        assertEquals("1\u00a0300 ordningsvakter", villkor.get("ordningsvakter").textSv());
        assertEquals(List.of("peakVisitors", "alcoholServed"), villkor.get("ordningsvakter").triggeredBy());
        assertEquals(List.of("peakVisitors", "arenaArea", "placeKind"), villkor.get("utrymningsplan").triggeredBy());
        assertEquals(List.of("amplifiedSound", "soundEndsAt"), villkor.get("ljud-och-grannar").triggeredBy());
        assertEquals("Ljud till 23:00", villkor.get("ljud-och-grannar").textSv());
        assertEquals(1, villkor.get("sakerhetsplan").ruleVersion());
    }

    @Test
    void alcoholAloneCallsForOrdningsvakterEvenAtASmallEvent() {
        ProposedVillkor guards = proposed(event().peak(120).alcohol().build()).get("ordningsvakter");
        assertEquals("3 ordningsvakter", guards.textSv());
        assertEquals(List.of("alcoholServed"), guards.triggeredBy());
    }

    @Test
    void aChristmasMarketOnParkLandAndARaceWithRoadClosures() {
        assertEquals(List.of("renhallning-parkmark"), List.copyOf(proposed(event().place(PlaceKind.PARK_LAND).peak(250).build()).keySet()));
        assertEquals(List.of("roadClosures"), proposed(event().place(PlaceKind.STREET).roadClosures().build()).get("ta-plan").triggeredBy());
    }

    @Test
    void theDifferenceComparesByRuleKey() {
        RequirementEngine engine = new RequirementEngine(() -> RULES);
        List<ProposedVillkor> before = engine.propose(event().peak(1500).soundUntil(LocalTime.of(23, 0)).build());
        List<ProposedVillkor> after = engine.propose(event().peak(2500).roadClosures().build());
        VillkorDifference difference = engine.difference(before, after);
        assertEquals(List.of("ta-plan", "utrymningsplan"), keys(difference.added()));
        assertEquals(List.of("ljud-och-grannar"), keys(difference.removed()));
        assertEquals(List.of("ordningsvakter", "sakerhetsplan"), keys(difference.changed()), "texts with new numbers");
        assertEquals(List.of(), keys(difference.unchanged()));
        assertTrue(engine.difference(after, after).isEmpty());
        assertEquals(keys(after), keys(engine.difference(after, after).unchanged()));
    }

    @Test
    void aNewRuleVersionWithTheSameTextIsAChange() {
        RequirementEngine engine = new RequirementEngine(() -> RULES);
        ProposedVillkor v1 = new ProposedVillkor("ta-plan", 1, "TA-plan", "TA plan", List.of("roadClosures"));
        ProposedVillkor v2 = new ProposedVillkor("ta-plan", 2, "TA-plan", "TA plan", List.of("roadClosures"));
        assertEquals(List.of(v2), engine.difference(List.of(v1), List.of(v2)).changed());
        assertEquals(List.of(v1), engine.difference(List.of(v1), List.of()).removed());
    }

    private static List<String> keys(List<ProposedVillkor> villkor) {
        return villkor.stream().map(ProposedVillkor::ruleKey).sorted().toList();
    }
}

package se.tryggstad.portal.remiss.requirements.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.remiss.event.Facts.event;

class RuleContentTest {

    private static final List<ClauseInput> MANY = List.of(new ClauseInput(1, "peakVisitors", ">=", "300"));

    @Test
    void theCountIsThePeakPerUnitRoundedUpAndStricterWithAlcohol() {
        RuleContent guards = RuleContent.of(new RuleInput("Ordningsvakter", MANY, "Minst {count} ordningsvakter för {peakVisitors} besökare.",
                "At least {count} guards for {peakVisitors} visitors.", 100, 50));
        RuleContent.Applied sober = guards.applyTo(event().peak(65_000).build()).orElseThrow();
        assertEquals("Minst 650 ordningsvakter för 65\u00a0000 besökare.", sober.textSv());
        assertEquals("At least 650 guards for 65,000 visitors.", sober.textEn());
        assertEquals(List.of("peakVisitors"), sober.triggeredBy());
        assertEquals("At least 1,300 guards for 65,000 visitors.",
                guards.applyTo(event().peak(65_000).alcohol().build()).orElseThrow().textEn());
        assertEquals("At least 4 guards for 301 visitors.", guards.applyTo(event().peak(301).build()).orElseThrow().textEn());
        assertTrue(guards.applyTo(event().peak(299).build()).isEmpty());
    }

    @Test
    void withoutAStricterNumberAlcoholUsesTheSameOne() {
        assertEquals(7, VillkorText.count(event().peak(650).alcohol().build(), 100, null));
        assertEquals(0, VillkorText.count(event().peak(650).build(), null, null));
    }

    @Test
    void soundEndsAtIsFilledIn() {
        RuleContent sound = RuleContent.of(new RuleInput("Ljud", List.of(new ClauseInput(1, "soundEndsAt", "after", "22:00")),
                "Ljud till {soundEndsAt}.", "Sound until {soundEndsAt}.", null, null));
        assertEquals("Ljud till 23:30.", sound.applyTo(event().soundUntil(LocalTime.of(23, 30)).build()).orElseThrow().textSv());
    }

    @Test
    void everyProblemIsNamedAtItsField() {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> RuleContent.of(new RuleInput(" ",
                List.of(new ClauseInput(1, "peakVisitors", ">=", "x")), "Text med {okänd}", "", null, 5)));
        assertEquals(List.of(new RuleProblem("title", "remissregel.error.title.required"),
                new RuleProblem("textEn", "remissregel.error.textEn.required"),
                new RuleProblem("visitorsPerUnit", "remissregel.error.perUnit.needed"),
                new RuleProblem("textSv", "remissregel.error.placeholder.unknown"),
                new RuleProblem("clauses[0].value", "remissregel.error.clause.value.NUMBER")), violation.problems());
    }

    @Test
    void aCountNeedsVisitorsPerUnitAndUnitsArePositive() {
        assertEquals(List.of(new RuleProblem("textSv", "remissregel.error.placeholder.countNeedsPerUnit")),
                assertThrows(RuleViolation.class, () -> RuleContent.of(new RuleInput("T", MANY, "{count} vakter", "guards", null, null)))
                        .problems());
        assertEquals(List.of(new RuleProblem("visitorsPerUnit", "remissregel.error.perUnit.positive")),
                assertThrows(RuleViolation.class, () -> RuleContent.of(new RuleInput("T", MANY, "vakter", "guards", 0, null)))
                        .problems());
    }

    @Test
    void aRevisionAddsAVersionOnlyWhenSomethingChanged() {
        RuleContent first = RuleContent.of(new RuleInput("Säkerhetsplan", MANY, "Plan", "Plan", null, null));
        RequirementRule rule = RequirementRule.create("sakerhetsplan", first, "admin", java.time.LocalDateTime.now());
        assertEquals(false, rule.revise(RuleContent.of(first.asInput()), "admin", java.time.LocalDateTime.now()));
        assertEquals(true, rule.revise(RuleContent.of(new RuleInput("Säkerhetsplan", MANY, "Ny plan", "Plan", null, null)),
                "admin", java.time.LocalDateTime.now()));
        assertEquals(2, rule.current().number());
        assertEquals("Plan", rule.versionNumber(1).orElseThrow().content().textSv(), "the old version is kept as it was");
    }

    @Test
    void keysAreLowerCaseWordsWithHyphens() {
        assertEquals("ta-plan", RequirementRule.checkedKey(" ta-plan "));
        assertEquals("remissregel.error.key.format",
                assertThrows(RuleViolation.class, () -> RequirementRule.checkedKey("TA plan")).problems().get(0).messageKey());
        assertEquals("remissregel.error.key.required",
                assertThrows(RuleViolation.class, () -> RequirementRule.checkedKey(null)).problems().get(0).messageKey());
    }
}

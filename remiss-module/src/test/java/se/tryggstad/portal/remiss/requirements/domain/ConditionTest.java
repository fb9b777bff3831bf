package se.tryggstad.portal.remiss.requirements.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.remiss.event.EventType;
import se.tryggstad.portal.remiss.event.PlaceKind;
import se.tryggstad.portal.remiss.event.TemporaryStructure;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.remiss.event.Facts.event;

class ConditionTest {

    private static Condition condition(ClauseInput... clauses) {
        return new Condition(Condition.parse(List.of(clauses)));
    }

    private static ClauseInput clause(int group, String field, String operator, String value) {
        return new ClauseInput(group, field, operator, value);
    }

    @Test
    void numbersCompareAtLeastMoreThanAndAtMost() {
        assertTrue(condition(clause(1, "peakVisitors", ">=", "1000")).matches(event().peak(1000).build()));
        assertFalse(condition(clause(1, "peakVisitors", ">=", "1000")).matches(event().peak(999).build()));
        assertFalse(condition(clause(1, "peakVisitors", ">", "1000")).matches(event().peak(1000).build()));
        assertTrue(condition(clause(1, "peakVisitors", ">", "1000")).matches(event().peak(1001).build()));
        assertTrue(condition(clause(1, "peakVisitors", "<=", "50")).matches(event().peak(50).build()));
        assertFalse(condition(clause(1, "peakVisitors", "<=", "50")).matches(event().peak(51).build()));
    }

    @Test
    void booleansAreTrueOrFalseAndNeedNoValue() {
        Condition alcohol = condition(clause(1, "alcoholServed", "is true", "ignored"));
        assertTrue(alcohol.matches(event().alcohol().build()));
        assertFalse(alcohol.matches(event().build()));
        assertTrue(condition(clause(1, "alcoholServed", "is false", null)).matches(event().build()));
    }

    @Test
    void enumsMatchAnyListedConstantAlsoInASetOfFacts() {
        Condition park = condition(clause(1, "placeKind", "in", "park_land, STREET"));
        assertTrue(park.matches(event().place(PlaceKind.PARK_LAND).build()));
        assertTrue(park.matches(event().place(PlaceKind.STREET).build()));
        assertFalse(park.matches(event().place(PlaceKind.CITY_LAND).build()));

        Condition stage = condition(clause(1, "temporaryStructures", "in", "STAGE,STANDS"));
        assertTrue(stage.matches(event().structures(TemporaryStructure.TENT, TemporaryStructure.STAGE).build()));
        assertFalse(stage.matches(event().structures(TemporaryStructure.TENT).build()));
        assertFalse(stage.matches(event().build()), "no structures at all");
        assertTrue(condition(clause(1, "type", "in", "KONSERT")).matches(event().type(EventType.KONSERT).build()));
    }

    @Test
    void timesAfterCountTheSmallHoursAsLaterThanTheEvening() {
        Condition late = condition(clause(1, "soundEndsAt", "after", "22:00"));
        assertTrue(late.matches(event().soundUntil(LocalTime.of(23, 0)).build()));
        assertTrue(late.matches(event().soundUntil(LocalTime.of(1, 30)).build()), "01:30 is after 22:00 the same night");
        assertFalse(late.matches(event().soundUntil(LocalTime.of(22, 0)).build()));
        assertFalse(late.matches(event().soundUntil(LocalTime.of(21, 0)).build()));
        assertFalse(late.matches(event().build()), "no sound, no end time");
        assertTrue(condition(clause(1, "soundEndsAt", "after", "9:30")).matches(event().soundUntil(LocalTime.of(10, 0)).build()));
    }

    @Test
    void clausesInAGroupMustAllHoldAndOneGroupIsEnough() {
        Condition condition = condition(clause(1, "amplifiedSound", "is true", ""),
                clause(1, "soundEndsAt", "after", "22:00"), clause(2, "pyrotechnics", "is true", ""));
        assertEquals(Optional.of(List.of("amplifiedSound", "soundEndsAt")),
                condition.triggeredBy(event().soundUntil(LocalTime.of(23, 0)).build()));
        assertEquals(Optional.empty(), condition.triggeredBy(event().soundUntil(LocalTime.of(21, 0)).build()));
        assertEquals(Optional.of(List.of("pyrotechnics")), condition.triggeredBy(event().pyrotechnics().build()));
        assertEquals(Optional.of(List.of("amplifiedSound", "soundEndsAt", "pyrotechnics")),
                condition.triggeredBy(event().pyrotechnics().soundUntil(LocalTime.of(23, 0)).build()),
                "every group that holds names its fields");
    }

    @Test
    void fieldsAndOperatorsMayBeWrittenAsConstants() {
        assertTrue(condition(clause(1, "PEAK_VISITORS", "AT_LEAST", "1 000")).matches(event().peak(1000).build()));
    }

    @Test
    void anUnknownFieldIsAProblemAtThatClausesField() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> Condition.parse(List.of(clause(1, "peakVisitors", ">=", "10"), clause(1, "weather", ">=", "1"))));
        assertEquals(List.of(new RuleProblem("clauses[1].field", "remissregel.error.clause.field")), violation.problems());
    }

    @Test
    void anOperatorThatDoesNotFitTheFieldIsAProblemAtTheOperator() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> Condition.parse(List.of(clause(1, "alcoholServed", ">=", "1"))));
        assertEquals(List.of(new RuleProblem("clauses[0].operator", "remissregel.error.clause.operator.BOOLEAN")),
                violation.problems());
    }

    @Test
    void wronglyTypedValuesAreProblemsAtTheValueForEveryClause() {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> Condition.parse(List.of(
                clause(1, "peakVisitors", ">=", "många"), clause(1, "peakVisitors", ">=", "-5"),
                clause(2, "placeKind", "in", "MOON"), clause(2, "placeKind", "in", " "),
                clause(3, "soundEndsAt", "after", "sent"))));
        assertEquals(List.of(new RuleProblem("clauses[0].value", "remissregel.error.clause.value.NUMBER"),
                new RuleProblem("clauses[1].value", "remissregel.error.clause.value.NUMBER"),
                new RuleProblem("clauses[2].value", "remissregel.error.clause.value.ENUM"),
                new RuleProblem("clauses[3].value", "remissregel.error.clause.value.ENUM"),
                new RuleProblem("clauses[4].value", "remissregel.error.clause.value.TIME")), violation.problems());
    }

    @Test
    void aGroupOutsideTheRangeAndAnEmptyConditionAreRefused() {
        assertEquals(List.of(new RuleProblem("clauses[0].group", "remissregel.error.clause.group")),
                assertThrows(RuleViolation.class, () -> Condition.parse(List.of(clause(0, "pyrotechnics", "is true", ""))))
                        .problems());
        assertEquals(List.of(new RuleProblem("clauses", "remissregel.error.clauses.required")),
                assertThrows(RuleViolation.class, () -> Condition.parse(List.of())).problems());
    }

    @Test
    void conditionsReadAsText() {
        assertEquals("[1] peakVisitors >= 300 OR [2] alcoholServed is true",
                condition(clause(1, "peakVisitors", ">=", "300"), clause(2, "alcoholServed", "is true", "")).toString());
    }
}

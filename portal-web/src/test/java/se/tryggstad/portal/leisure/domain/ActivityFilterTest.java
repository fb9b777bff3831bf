package se.tryggstad.portal.leisure.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityFilterTest {

    private static final ActivityDetails FOOTBALL = Activities.football();
    private static final ActivityDetails CRAFT = Activities.sportlovCraft();

    @Test
    void noFilterMatchesEverything() {
        assertTrue(ActivityFilter.NONE.matches(FOOTBALL));
        assertTrue(ActivityFilter.NONE.matches(CRAFT));
        assertTrue(ActivityFilter.NONE.isEmpty());
    }

    @Test
    void eachCriterionNarrowsTheList() {
        assertTrue(filter(10, false, null, null, null, null, null).matches(FOOTBALL));
        assertFalse(filter(13, false, null, null, null, null, null).matches(FOOTBALL), "8–12 years");
        assertFalse(filter(null, true, null, null, null, null, null).matches(CRAFT), "costs 20 kr");
        assertTrue(filter(null, true, null, null, null, null, null).matches(FOOTBALL));
        assertTrue(filter(null, false, DayOfWeek.THURSDAY, null, null, null, null).matches(FOOTBALL));
        assertFalse(filter(null, false, DayOfWeek.FRIDAY, null, null, null, null).matches(FOOTBALL));
        assertTrue(filter(null, false, DayOfWeek.MONDAY, TimeOfDay.MORNING, null, null, null).matches(CRAFT));
        assertFalse(filter(null, false, null, TimeOfDay.EVENING, null, null, null).matches(FOOTBALL));
        assertFalse(filter(null, false, null, null, SolnaArea.HUVUDSTA, null, null).matches(FOOTBALL));
        assertTrue(filter(null, false, null, null, SolnaArea.RASUNDA, ActivityCategory.IDROTT, null).matches(FOOTBALL));
        assertTrue(filter(null, false, null, null, null, null, SchoolHoliday.SPORTLOV).matches(CRAFT));
        assertFalse(filter(null, false, null, null, null, null, SchoolHoliday.SPORTLOV).matches(FOOTBALL));
    }

    private static ActivityFilter filter(Integer age, boolean free, DayOfWeek day, TimeOfDay time, SolnaArea area,
                                         ActivityCategory category, SchoolHoliday holiday) {
        return new ActivityFilter(age, free, day, time, area, category, holiday);
    }
}

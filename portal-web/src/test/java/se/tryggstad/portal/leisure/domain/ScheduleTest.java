package se.tryggstad.portal.leisure.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.shared.FieldProblem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {

    @Test
    void aWeeklyScheduleRecursOnItsWeekdaysWithinItsPeriod() {
        Schedule schedule = Activities.mondaysAndThursdays();
        List<Occurrence> occurrences = schedule.occurrencesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 20));
        assertEquals(List.of(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 19)),
                occurrences.stream().map(Occurrence::date).toList(), "nothing before valid-from (12 Jan)");
        assertEquals(LocalTime.of(16, 0), occurrences.get(0).start());
        assertTrue(schedule.occurrencesBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)).isEmpty());
        assertEquals(Set.of(TimeOfDay.AFTERNOON), schedule.timesOfDay());
        assertTrue(schedule.continuesAfter(LocalDate.of(2026, 5, 31)));
        assertFalse(schedule.continuesAfter(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void datedOccurrencesAreSortedAndGiveTheirWeekdays() {
        Schedule schedule = Activities.sportlovDays();
        assertEquals(LocalDate.of(2026, 2, 23), schedule.dates().get(0).date());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), schedule.daysOfWeek());
        assertEquals(Set.of(TimeOfDay.MORNING), schedule.timesOfDay());
        assertEquals(1, schedule.occurrencesBetween(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 1)).size());
    }

    @Test
    void brokenSchedulesNameTheirProblems() {
        assertEquals(List.of("weekdays", "endTime", "validTo"), Schedule.weekly(Set.of(), LocalTime.of(18, 0),
                LocalTime.of(16, 0), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)).problems().stream()
                .map(FieldProblem::field).toList());
        assertEquals(List.of("dates"), Schedule.dates(List.of()).problems().stream().map(FieldProblem::field).toList());
        assertEquals("leisure.schedule.time.invalid", Schedule.dates(List.of(new Occurrence(LocalDate.of(2026, 2, 1),
                LocalTime.of(12, 0), LocalTime.of(11, 0)))).problems().get(0).messageKey());
        assertTrue(Activities.mondaysAndThursdays().problems().isEmpty());
    }

    @Test
    void timeOfDayFollowsTheStart() {
        assertEquals(TimeOfDay.MORNING, TimeOfDay.of(LocalTime.of(11, 59)));
        assertEquals(TimeOfDay.AFTERNOON, TimeOfDay.of(LocalTime.NOON));
        assertEquals(TimeOfDay.EVENING, TimeOfDay.of(LocalTime.of(17, 0)));
    }
}

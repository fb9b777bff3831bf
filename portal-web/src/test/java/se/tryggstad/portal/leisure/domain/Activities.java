package se.tryggstad.portal.leisure.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** Valid activity details for tests, to change one thing at a time. */
public final class Activities {

    private Activities() {
    }

    public static Schedule mondaysAndThursdays() {
        return Schedule.weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(16, 0), LocalTime.of(18, 0),
                LocalDate.of(2026, 1, 12), LocalDate.of(2026, 5, 31));
    }

    public static Schedule sportlovDays() {
        return Schedule.dates(List.of(
                new Occurrence(LocalDate.of(2026, 2, 24), LocalTime.of(10, 0), LocalTime.of(14, 0)),
                new Occurrence(LocalDate.of(2026, 2, 23), LocalTime.of(10, 0), LocalTime.of(14, 0))));
    }

    public static ActivityDetails football() {
        return new ActivityDetails("Fotboll för nybörjare", "Vi spelar fotboll och lär oss grunderna tillsammans.",
                "Football for beginners", "We play football and learn the basics together.", ActivityCategory.IDROTT,
                8, 12, true, null, SolnaArea.RASUNDA, "Råsunda IP", 59.3635, 18.0010, mondaysAndThursdays(), null,
                "kansli@rasunda-is.example", "Rullstolsanpassad entré.", null, true);
    }

    public static ActivityDetails sportlovCraft() {
        return new ActivityDetails("Lovpyssel i biblioteket", "Pyssel och sagor för barn under sportlovet.",
                null, null, ActivityCategory.LOVAKTIVITET, 6, 10, false, "20 kr per dag", SolnaArea.SOLNA_CENTRUM,
                "Solna stadsbibliotek", 59.3600, 18.0000, sportlovDays(), SchoolHoliday.SPORTLOV,
                "08-746 10 00", null, "https://www.solna.se/lov", false);
    }
}

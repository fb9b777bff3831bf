package se.tryggstad.portal.leisure.application;

import se.tryggstad.portal.leisure.domain.Occurrence;

import java.time.LocalDate;
import java.util.List;

/** One day of the calendar view and what happens that day, in order of start time. */
public record CalendarDay(LocalDate date, List<Entry> entries) {

    /** One occurrence of an activity on this day. */
    public record Entry(ActivityView activity, Occurrence occurrence) {
    }
}

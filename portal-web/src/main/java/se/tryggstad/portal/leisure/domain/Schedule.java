package se.tryggstad.portal.leisure.domain;

import se.tryggstad.portal.shared.FieldProblem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When an activity takes place: either every week on some weekdays between two dates, or on a
 * list of dated occurrences (typical for skollov activities).
 *
 * @param weekdays  for {@link Kind#WEEKLY}: the days it recurs on; empty for {@link Kind#DATES}
 * @param validFrom for {@link Kind#WEEKLY}: the first day it may take place
 * @param validTo   for {@link Kind#WEEKLY}: the last day it may take place
 * @param dates     for {@link Kind#DATES}: every occurrence, in order
 */
public record Schedule(Kind kind, Set<DayOfWeek> weekdays, LocalTime start, LocalTime end, LocalDate validFrom,
                       LocalDate validTo, List<Occurrence> dates) {

    /** How the activity recurs. */
    public enum Kind { WEEKLY, DATES }

    /** At most this many dated occurrences; more is a weekly activity. */
    public static final int MAX_DATES = 60;

    public Schedule {
        weekdays = weekdays == null ? Set.of()
                : weekdays.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        dates = dates == null ? List.of()
                : List.copyOf(new TreeSet<>(dates.stream().filter(Objects::nonNull).toList()));
    }

    public static Schedule weekly(Set<DayOfWeek> weekdays, LocalTime start, LocalTime end, LocalDate validFrom,
                                  LocalDate validTo) {
        return new Schedule(Kind.WEEKLY, weekdays, start, end, validFrom, validTo, List.of());
    }

    public static Schedule dates(List<Occurrence> dates) {
        return new Schedule(Kind.DATES, Set.of(), null, null, null, null, dates);
    }

    /** What is wrong with this schedule, as field name and message key; empty when it is fine. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("scheduleKind", "leisure.schedule.kind.required"));
        } else if (kind == Kind.WEEKLY) {
            if (weekdays.isEmpty()) {
                problems.add(new FieldProblem("weekdays", "leisure.schedule.weekdays.required"));
            }
            if (start == null || end == null || !end.isAfter(start)) {
                problems.add(new FieldProblem("endTime", "leisure.schedule.time.invalid"));
            }
            if (validFrom == null || validTo == null || validTo.isBefore(validFrom)
                    || validTo.isAfter(validFrom.plusYears(2))) {
                problems.add(new FieldProblem("validTo", "leisure.schedule.period.invalid"));
            }
        } else {
            if (dates.isEmpty() || dates.size() > MAX_DATES) {
                problems.add(new FieldProblem("dates", "leisure.schedule.dates.required"));
            } else if (!dates.stream().allMatch(Occurrence::endsAfterItStarts)) {
                problems.add(new FieldProblem("dates", "leisure.schedule.time.invalid"));
            }
        }
        return problems;
    }

    /** Every occurrence from {@code from} to {@code to}, both included, in order. */
    public List<Occurrence> occurrencesBetween(LocalDate from, LocalDate to) {
        if (kind == Kind.DATES) {
            return dates.stream().filter(o -> !o.date().isBefore(from) && !o.date().isAfter(to)).toList();
        }
        List<Occurrence> occurrences = new ArrayList<>();
        LocalDate first = from.isAfter(validFrom) ? from : validFrom;
        LocalDate last = to.isBefore(validTo) ? to : validTo;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (weekdays.contains(day.getDayOfWeek())) {
                occurrences.add(new Occurrence(day, start, end));
            }
        }
        return occurrences;
    }

    /** The weekdays on which it ever takes place. */
    public Set<DayOfWeek> daysOfWeek() {
        if (kind == Kind.WEEKLY) {
            return weekdays;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        dates.forEach(o -> days.add(o.date().getDayOfWeek()));
        return days;
    }

    /** The times of day it starts at. */
    public Set<TimeOfDay> timesOfDay() {
        Set<TimeOfDay> times = EnumSet.noneOf(TimeOfDay.class);
        if (kind == Kind.WEEKLY) {
            times.add(TimeOfDay.of(start));
        } else {
            dates.forEach(o -> times.add(TimeOfDay.of(o.start())));
        }
        return times;
    }

    /** Whether it still takes place on or after this day. */
    public boolean continuesAfter(LocalDate day) {
        return kind == Kind.WEEKLY ? !validTo.isBefore(day)
                : dates.stream().anyMatch(o -> !o.date().isBefore(day));
    }
}

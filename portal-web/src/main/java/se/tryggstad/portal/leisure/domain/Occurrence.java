package se.tryggstad.portal.leisure.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** One time an activity takes place: a date, from and to (local time in Solna). */
public record Occurrence(LocalDate date, LocalTime start, LocalTime end) implements Comparable<Occurrence> {

    public Occurrence {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean endsAfterItStarts() {
        return end.isAfter(start);
    }

    @Override
    public int compareTo(Occurrence other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : start.compareTo(other.start);
    }
}

package se.tryggstad.portal.leisure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.LocalTime;

/** How an {@link Occurrence} of a dated schedule is stored. */
@Embeddable
public class DatedOccurrence {

    @Column(name = "on_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected DatedOccurrence() {
        // for JPA
    }

    DatedOccurrence(Occurrence occurrence) {
        this.date = occurrence.date();
        this.start = occurrence.start();
        this.end = occurrence.end();
    }

    Occurrence toOccurrence() {
        return new Occurrence(date, start, end);
    }
}

package se.tryggstad.portal.leisure.rest;

import se.tryggstad.portal.leisure.domain.ActivityCategory;
import se.tryggstad.portal.leisure.domain.ActivityDetails;
import se.tryggstad.portal.leisure.domain.Occurrence;
import se.tryggstad.portal.leisure.domain.Schedule;
import se.tryggstad.portal.leisure.domain.SchoolHoliday;
import se.tryggstad.portal.leisure.domain.SolnaArea;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * An activity as a partner or staff member sends it. {@code scheduleKind} WEEKLY uses weekdays,
 * startTime, endTime, validFrom and validTo; DATES uses dates. Missing numbers count as wrong.
 */
public record ActivityRequest(String titleSv, String descriptionSv, String titleEn, String descriptionEn,
                              ActivityCategory category, Integer ageFrom, Integer ageTo, Boolean free, String cost,
                              SolnaArea area, String placeName, Double latitude, Double longitude,
                              Schedule.Kind scheduleKind, Set<DayOfWeek> weekdays, LocalTime startTime,
                              LocalTime endTime, LocalDate validFrom, LocalDate validTo, List<DateRequest> dates,
                              SchoolHoliday holiday, String contact, String accessibility, String signUpUrl,
                              Boolean dropIn) {

    /** One dated occurrence. */
    public record DateRequest(LocalDate date, LocalTime start, LocalTime end) {
    }

    ActivityDetails toDetails() {
        return new ActivityDetails(titleSv, descriptionSv, titleEn, descriptionEn, category,
                ageFrom == null ? -1 : ageFrom, ageTo == null ? -1 : ageTo, Boolean.TRUE.equals(free), cost, area,
                placeName, latitude == null ? Double.NaN : latitude, longitude == null ? Double.NaN : longitude,
                schedule(), holiday, contact, accessibility, signUpUrl, Boolean.TRUE.equals(dropIn));
    }

    private Schedule schedule() {
        if (scheduleKind == Schedule.Kind.WEEKLY) {
            return Schedule.weekly(weekdays, startTime, endTime, validFrom, validTo);
        }
        if (scheduleKind == Schedule.Kind.DATES) {
            List<Occurrence> occurrences = dates == null ? List.of() : dates.stream()
                    .filter(d -> d != null && d.date() != null && d.start() != null && d.end() != null)
                    .map(d -> new Occurrence(d.date(), d.start(), d.end())).toList();
            boolean incomplete = dates != null && occurrences.size() != dates.size();
            return Schedule.dates(incomplete ? List.of() : occurrences);
        }
        return null;
    }
}

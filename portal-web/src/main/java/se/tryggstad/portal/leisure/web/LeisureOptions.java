package se.tryggstad.portal.leisure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.tryggstad.portal.leisure.domain.ActivityCategory;
import se.tryggstad.portal.leisure.domain.SchoolHoliday;
import se.tryggstad.portal.leisure.domain.SolnaArea;
import se.tryggstad.portal.leisure.domain.TimeOfDay;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** The choices the leisure pages offer, and how to write days and weekdays in the reader's language. */
@Named
@ApplicationScoped
public class LeisureOptions {

    public List<ActivityCategory> getCategories() { return List.of(ActivityCategory.values()); }
    public List<SolnaArea> getAreas() { return List.of(SolnaArea.values()); }
    public List<SchoolHoliday> getHolidays() { return List.of(SchoolHoliday.values()); }
    public List<TimeOfDay> getTimesOfDay() { return List.of(TimeOfDay.values()); }
    public List<DayOfWeek> getWeekdays() { return List.of(DayOfWeek.values()); }

    /** "måndag" or "Monday". */
    public String weekday(DayOfWeek day, String language) {
        String name = day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language));
        return "en".equals(language) ? name : name.toLowerCase(Locale.ROOT);
    }

    /** "måndagar och torsdagar" style list, in week order. */
    public String weekdays(java.util.Collection<DayOfWeek> days, String language) {
        return days.stream().sorted().map(day -> weekday(day, language))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A date written out: "måndag 23 februari 2026". */
    public String date(java.time.LocalDate date, String language) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                Locale.forLanguageTag(language)));
    }

    /** An OpenStreetMap link to the map point (opened only if the reader follows it). */
    public String mapLink(double latitude, double longitude) {
        return String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=17/%.5f/%.5f",
                latitude, longitude, latitude, longitude);
    }

    public String coordinates(double latitude, double longitude) {
        return String.format(Locale.ROOT, "%.5f, %.5f", latitude, longitude);
    }
}

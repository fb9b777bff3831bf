package se.tryggstad.portal.leisure.web;

import se.tryggstad.portal.leisure.domain.ActivityCategory;
import se.tryggstad.portal.leisure.domain.ActivityDetails;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.leisure.domain.Occurrence;
import se.tryggstad.portal.leisure.domain.Schedule;
import se.tryggstad.portal.leisure.domain.SchoolHoliday;
import se.tryggstad.portal.leisure.domain.SolnaArea;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the activity form holds, as typed. {@link #toDetails(List)} turns it into details and
 * collects what could not even be read (a date that is no date) as field problems.
 */
public class ActivityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One dated occurrence per line: {@code 2026-02-23 10:00-14:00}. */
    private static final Pattern DATE_LINE =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{1,2}[:.]\\d{2})\\s*[-–]\\s*(\\d{1,2}[:.]\\d{2})");

    private String titleSv, descriptionSv, titleEn, descriptionEn, category, ageFrom, ageTo, cost, area, placeName,
            latitude, longitude, scheduleKind = "WEEKLY", startTime, endTime, validFrom, validTo, dates, holiday,
            contact, accessibility, signUpUrl;
    private List<String> weekdays = new ArrayList<>();
    private boolean free, dropIn;

    static ActivityForm of(ActivityDetails details) {
        ActivityForm form = new ActivityForm();
        form.titleSv = details.titleSv();
        form.descriptionSv = details.descriptionSv();
        form.titleEn = details.titleEn();
        form.descriptionEn = details.descriptionEn();
        form.category = details.category().name();
        form.ageFrom = String.valueOf(details.ageFrom());
        form.ageTo = String.valueOf(details.ageTo());
        form.free = details.free();
        form.cost = details.cost();
        form.area = details.area().name();
        form.placeName = details.placeName();
        form.latitude = String.format(Locale.ROOT, "%.5f", details.latitude());
        form.longitude = String.format(Locale.ROOT, "%.5f", details.longitude());
        Schedule schedule = details.schedule();
        form.scheduleKind = schedule.kind().name();
        form.weekdays = schedule.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.toList());
        form.startTime = schedule.start() == null ? null : schedule.start().toString();
        form.endTime = schedule.end() == null ? null : schedule.end().toString();
        form.validFrom = schedule.validFrom() == null ? null : schedule.validFrom().toString();
        form.validTo = schedule.validTo() == null ? null : schedule.validTo().toString();
        form.dates = schedule.dates().stream().map(o -> o.date() + " " + o.start() + "-" + o.end())
                .collect(Collectors.joining("\n"));
        form.holiday = details.holiday() == null ? null : details.holiday().name();
        form.contact = details.contact();
        form.accessibility = details.accessibility();
        form.signUpUrl = details.signUpUrl();
        form.dropIn = details.dropIn();
        return form;
    }

    /** The details the form describes; what cannot be read is added to {@code unreadable}. */
    ActivityDetails toDetails(List<FieldProblem> unreadable) {
        return new ActivityDetails(titleSv, descriptionSv, titleEn, descriptionEn,
                parse(category, ActivityCategory::valueOf, "category", "leisure.category.required", unreadable),
                number(ageFrom, "ageFrom", unreadable), number(ageTo, "ageTo", unreadable), free, cost,
                parse(area, SolnaArea::valueOf, "area", "leisure.area.required", unreadable), placeName,
                coordinate(latitude), coordinate(longitude), schedule(unreadable),
                parse(holiday, SchoolHoliday::valueOf, "holiday", "leisure.filter.invalid", unreadable),
                contact, accessibility, signUpUrl, dropIn);
    }

    private Schedule schedule(List<FieldProblem> unreadable) {
        if ("DATES".equals(scheduleKind)) {
            List<Occurrence> occurrences = new ArrayList<>();
            for (String line : (dates == null ? "" : dates).split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher matcher = DATE_LINE.matcher(line.strip());
                try {
                    if (!matcher.matches()) {
                        throw new DateTimeParseException("no match", line, 0);
                    }
                    occurrences.add(new Occurrence(LocalDate.parse(matcher.group(1)), time(matcher.group(2)),
                            time(matcher.group(3))));
                } catch (DateTimeParseException e) {
                    unreadable.add(new FieldProblem("dates", "leisure.schedule.dates.unreadable"));
                    return Schedule.dates(List.of(new Occurrence(LocalDate.EPOCH, LocalTime.NOON, LocalTime.MIDNIGHT)));
                }
            }
            return Schedule.dates(occurrences);
        }
        try {
            return Schedule.weekly(weekdays.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                    blankOr(startTime, ActivityForm::time), blankOr(endTime, ActivityForm::time),
                    blankOr(validFrom, LocalDate::parse), blankOr(validTo, LocalDate::parse));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            unreadable.add(new FieldProblem("validTo", "leisure.schedule.unreadable"));
            return Schedule.weekly(java.util.Set.of(), null, null, null, null);
        }
    }

    private static LocalTime time(String text) {
        String normal = text.strip().replace('.', ':');
        return LocalTime.parse(normal.length() == 4 ? "0" + normal : normal);
    }

    private static <T> T blankOr(String text, Function<String, T> parser) {
        return text == null || text.isBlank() ? null : parser.apply(text.strip());
    }

    private static int number(String text, String field, List<FieldProblem> unreadable) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            unreadable.add(new FieldProblem(field, "leisure.age.invalid"));
            return 0;
        }
    }

    private static double coordinate(String text) {
        try {
            return Double.parseDouble(text == null ? "" : text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static <T> T parse(String value, Function<String, T> parser, String field, String key,
                               List<FieldProblem> unreadable) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            unreadable.add(new FieldProblem(field, key));
            return null;
        }
    }

    // accessors for EL
    public String getTitleSv() { return titleSv; }
    public void setTitleSv(String v) { titleSv = v; }
    public String getDescriptionSv() { return descriptionSv; }
    public void setDescriptionSv(String v) { descriptionSv = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { descriptionEn = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getAgeFrom() { return ageFrom; }
    public void setAgeFrom(String v) { ageFrom = v; }
    public String getAgeTo() { return ageTo; }
    public void setAgeTo(String v) { ageTo = v; }
    public boolean isFree() { return free; }
    public void setFree(boolean v) { free = v; }
    public String getCost() { return cost; }
    public void setCost(String v) { cost = v; }
    public String getArea() { return area; }
    public void setArea(String v) { area = v; }
    public String getPlaceName() { return placeName; }
    public void setPlaceName(String v) { placeName = v; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String v) { latitude = v; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String v) { longitude = v; }
    public String getScheduleKind() { return scheduleKind; }
    public void setScheduleKind(String v) { scheduleKind = v; }
    public List<String> getWeekdays() { return weekdays; }
    public void setWeekdays(List<String> v) { weekdays = v == null ? new ArrayList<>() : v; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String v) { startTime = v; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String v) { endTime = v; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String v) { validFrom = v; }
    public String getValidTo() { return validTo; }
    public void setValidTo(String v) { validTo = v; }
    public String getDates() { return dates; }
    public void setDates(String v) { dates = v; }
    public String getHoliday() { return holiday; }
    public void setHoliday(String v) { holiday = v; }
    public String getContact() { return contact; }
    public void setContact(String v) { contact = v; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String v) { accessibility = v; }
    public String getSignUpUrl() { return signUpUrl; }
    public void setSignUpUrl(String v) { signUpUrl = v; }
    public boolean isDropIn() { return dropIn; }
    public void setDropIn(boolean v) { dropIn = v; }
}

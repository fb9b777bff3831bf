package se.tryggstad.portal.remiss.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.remiss.application.RemissQueries;
import se.tryggstad.portal.remiss.application.RemissRow;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** /staff/remisser/kalender.xhtml?manad=2027-06: the events on remiss in a month, as weeks of days. */
@Named
@ViewScoped
public class RemissCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One day of the grid; {@code inMonth} is false for the days that fill the first and last week. */
    public record Day(LocalDate date, boolean inMonth, List<RemissRow> events) {
    }

    @Inject
    RemissQueries queries;

    private String month;
    private YearMonth shown;
    private transient List<List<Day>> weeks;

    public void load() {
        try {
            shown = month == null || month.isBlank() ? YearMonth.now() : YearMonth.parse(month);
        } catch (DateTimeParseException unreadable) {
            shown = YearMonth.now();
        }
        Map<LocalDate, List<RemissRow>> events = queries.month(shown);
        weeks = new ArrayList<>();
        LocalDate day = shown.atDay(1).minusDays(shown.atDay(1).getDayOfWeek().getValue() - 1L);
        while (!day.isAfter(shown.atEndOfMonth())) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(new Day(day, YearMonth.from(day).equals(shown), events.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
    }

    public String getShown() { return shown.toString(); }
    public String getPrevious() { return shown.minusMonths(1).toString(); }
    public String getNext() { return shown.plusMonths(1).toString(); }
    public List<List<Day>> getWeeks() { return weeks; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
}

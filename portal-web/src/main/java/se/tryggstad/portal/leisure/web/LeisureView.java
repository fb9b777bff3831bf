package se.tryggstad.portal.leisure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.leisure.application.ActivityView;
import se.tryggstad.portal.leisure.application.CalendarDay;
import se.tryggstad.portal.leisure.application.FilterRequest;
import se.tryggstad.portal.leisure.application.LeisureQueries;
import se.tryggstad.portal.leisure.application.LeisureRejected;
import se.tryggstad.portal.leisure.domain.ActivityFilter;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public /fritid page: the filters are plain GET parameters, so a filtered list or calendar
 * is a link that can be bookmarked and works without JavaScript.
 */
@Named
@RequestScoped
public class LeisureView {

    @Inject
    LeisureQueries queries;

    private String age;
    private String free;
    private String weekday;
    private String time;
    private String area;
    private String category;
    private String holiday;
    private String view;

    private List<ActivityView> activities = List.of();
    private List<CalendarDay> days = List.of();
    private final Map<String, String> problems = new LinkedHashMap<>();

    /** Runs the filters; a parameter that is not understood is shown at its field and nothing is listed. */
    public void load() {
        try {
            ActivityFilter filter = request().toFilter();
            if (isCalendar()) {
                days = queries.calendar(filter);
            } else {
                activities = queries.publicActivities(filter);
            }
        } catch (LeisureRejected rejected) {
            for (FieldProblem problem : rejected.problems()) {
                problems.put(problem.field(), FacesMessages.text(problem.messageKey()));
            }
        }
    }

    private FilterRequest request() {
        return new FilterRequest(age, free, weekday, time, area, category, holiday);
    }

    public boolean isCalendar() {
        return "calendar".equals(view);
    }

    /** The current filters as a query string (without the view), for the other view and the iCal link. */
    public String getQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("age", age);
        parameters.put("free", "true".equals(free) ? "true" : null);
        parameters.put("weekday", weekday);
        parameters.put("time", time);
        parameters.put("area", area);
        parameters.put("category", category);
        parameters.put("holiday", holiday);
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public List<ActivityView> getActivities() { return activities; }
    public List<CalendarDay> getDays() { return days; }
    public Map<String, String> getProblems() { return problems; }
    public boolean isInvalid() { return !problems.isEmpty(); }
    public String getAge() { return age; }
    public void setAge(String age) { this.age = age; }
    public String getFree() { return free; }
    public void setFree(String free) { this.free = free; }
    public String getWeekday() { return weekday; }
    public void setWeekday(String weekday) { this.weekday = weekday; }
    public String getTime() { return time; }
    public void setTime(String time) { this.time = time; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getHoliday() { return holiday; }
    public void setHoliday(String holiday) { this.holiday = holiday; }
    public String getView() { return view; }
    public void setView(String view) { this.view = view; }
}

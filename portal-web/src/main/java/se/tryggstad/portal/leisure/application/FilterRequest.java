package se.tryggstad.portal.leisure.application;

import se.tryggstad.portal.leisure.domain.ActivityCategory;
import se.tryggstad.portal.leisure.domain.ActivityFilter;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.leisure.domain.SchoolHoliday;
import se.tryggstad.portal.leisure.domain.SolnaArea;
import se.tryggstad.portal.leisure.domain.TimeOfDay;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The filters as they arrive in a URL ({@code ?age=9&free=true&weekday=MONDAY&time=AFTERNOON&area=RASUNDA
 * &category=IDROTT&holiday=SPORTLOV}); empty or missing parameters do not filter.
 */
public record FilterRequest(String age, String free, String weekday, String time, String area, String category,
                            String holiday) {

    public static final FilterRequest NONE = new FilterRequest(null, null, null, null, null, null, null);

    /** The filter, or {@link LeisureRejected} naming every parameter that is not understood. */
    public ActivityFilter toFilter() {
        List<FieldProblem> problems = new ArrayList<>();
        Integer parsedAge = null;
        if (present(age)) {
            try {
                parsedAge = Integer.valueOf(age.strip());
            } catch (NumberFormatException e) {
                parsedAge = -1;
            }
            if (parsedAge < 0 || parsedAge > 99) {
                problems.add(new FieldProblem("age", "leisure.filter.age.invalid"));
            }
        }
        boolean freeOnly = false;
        if (present(free)) {
            freeOnly = free.strip().equalsIgnoreCase("true");
            if (!freeOnly && !free.strip().equalsIgnoreCase("false")) {
                problems.add(new FieldProblem("free", "leisure.filter.invalid"));
            }
        }
        ActivityFilter filter = new ActivityFilter(problems.isEmpty() ? parsedAge : null, freeOnly,
                parse(weekday, DayOfWeek::valueOf, "weekday", problems),
                parse(time, TimeOfDay::valueOf, "time", problems),
                parse(area, SolnaArea::valueOf, "area", problems),
                parse(category, ActivityCategory::valueOf, "category", problems),
                parse(holiday, SchoolHoliday::valueOf, "holiday", problems));
        if (!problems.isEmpty()) {
            throw new LeisureRejected(LeisureRejected.Reason.INVALID, problems);
        }
        return filter;
    }

    private static <T> T parse(String value, Function<String, T> parser, String field, List<FieldProblem> problems) {
        if (!present(value)) {
            return null;
        }
        try {
            return parser.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "leisure.filter.invalid"));
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

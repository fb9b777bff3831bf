package se.tryggstad.portal.leisure.domain;

import java.time.DayOfWeek;

/**
 * What a resident looks for; a null (or false) criterion does not narrow the list.
 *
 * @param age      the child's age: the activity's age range must include it
 * @param freeOnly only activities that cost nothing
 */
public record ActivityFilter(Integer age, boolean freeOnly, DayOfWeek weekday, TimeOfDay timeOfDay, SolnaArea area,
                             ActivityCategory category, SchoolHoliday holiday) {

    public static final ActivityFilter NONE = new ActivityFilter(null, false, null, null, null, null, null);

    public boolean matches(ActivityDetails activity) {
        return (age == null || (activity.ageFrom() <= age && age <= activity.ageTo()))
                && (!freeOnly || activity.free())
                && (weekday == null || activity.schedule().daysOfWeek().contains(weekday))
                && (timeOfDay == null || activity.schedule().timesOfDay().contains(timeOfDay))
                && (area == null || activity.area() == area)
                && (category == null || activity.category() == category)
                && (holiday == null || activity.holiday() == holiday);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}

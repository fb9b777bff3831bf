package se.tryggstad.portal.leisure.domain;

import java.time.LocalTime;

/** Morning, afternoon or evening, by when an activity starts. */
public enum TimeOfDay {
    MORNING,
    AFTERNOON,
    EVENING;

    private static final LocalTime NOON = LocalTime.NOON;
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    public static TimeOfDay of(LocalTime start) {
        if (start.isBefore(NOON)) {
            return MORNING;
        }
        return start.isBefore(FIVE_PM) ? AFTERNOON : EVENING;
    }
}

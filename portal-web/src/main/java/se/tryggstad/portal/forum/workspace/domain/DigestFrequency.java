package se.tryggstad.portal.forum.workspace.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** How often a member wants the e-mail digest of a forum's new posts. */
public enum DigestFrequency {
    NONE, DAILY, WEEKLY;

    /**
     * The last whole period before {@code at} in this zone: yesterday for a daily digest, last week
     * (Monday to Sunday) for a weekly one; none for {@link #NONE}.
     */
    public Optional<DigestPeriod> periodBefore(Instant at, ZoneId zone) {
        LocalDate today = at.atZone(zone).toLocalDate();
        return switch (this) {
            case NONE -> Optional.empty();
            case DAILY -> {
                LocalDate day = today.minusDays(1);
                yield Optional.of(new DigestPeriod("D:" + day, day.atStartOfDay(zone).toInstant(),
                        today.atStartOfDay(zone).toInstant()));
            }
            case WEEKLY -> {
                LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate lastMonday = thisMonday.minusWeeks(1);
                yield Optional.of(new DigestPeriod("W:" + lastMonday.get(IsoFields.WEEK_BASED_YEAR) + "-"
                        + lastMonday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), lastMonday.atStartOfDay(zone).toInstant(),
                        thisMonday.atStartOfDay(zone).toInstant()));
            }
        };
    }
}

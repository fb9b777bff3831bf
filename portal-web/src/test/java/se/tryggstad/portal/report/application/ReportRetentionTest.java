package se.tryggstad.portal.report.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportRetentionTest {

    @Test
    void theCutOffIsTheSameLocalTimeCalendarMonthsEarlier() {
        assertEquals(Instant.parse("2025-11-26T09:00:00Z"), ReportRetention.cutOff(Instant.parse("2026-11-26T09:00:00Z"), 12));
        // summer time in Solna (UTC+2) six months earlier: the same local hour, one UTC hour less
        assertEquals(Instant.parse("2026-05-26T08:00:00Z"), ReportRetention.cutOff(Instant.parse("2026-11-26T09:00:00Z"), 6));
        assertEquals(Instant.parse("2026-02-28T11:00:00Z"), ReportRetention.cutOff(Instant.parse("2026-03-31T10:00:00Z"), 1),
                "no 31 February: the last day of the month");
    }

    @Test
    void lessThanAMonthIsAConfigurationMistake() {
        assertThrows(IllegalArgumentException.class, () -> ReportRetention.cutOff(Instant.now(), 0));
    }
}

package se.tryggstad.portal.report.application;

import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.report.domain.UnsafeTime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A report as staff handle it: contact details (if the reporter gave any), full history and notes. */
public record StaffReport(PublicReport report, long version, Set<UnsafeTime> unsafeTimes, Set<DayOfWeek> unsafeDays,
                          String contactEmail, String contactPhone, List<HistoryEntry> history, List<Note> notes,
                          List<ReportStatus> nextStatuses) implements java.io.Serializable {

    /** An internal note and who wrote it when. */
    public record Note(String body, String author, Instant createdAt) implements java.io.Serializable {
    }
}

package se.tryggstad.portal.report.application;

import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.report.domain.StatusChange;

import java.time.Instant;

/**
 * One step of a report's history.
 *
 * @param changedBy the staff member; only in staff views (null in public ones and for the submission)
 */
public record HistoryEntry(ReportStatus status, String publicAnswer, Instant changedAt, String changedBy) implements java.io.Serializable {

    static HistoryEntry forPublic(StatusChange change) {
        return new HistoryEntry(change.status(), change.publicAnswer(), change.changedAt(), null);
    }

    static HistoryEntry forStaff(StatusChange change) {
        return new HistoryEntry(change.status(), change.publicAnswer(), change.changedAt(), change.changedBy());
    }
}

package se.tryggstad.portal.report.application;

import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.report.domain.StatusChange;

import java.time.Instant;
import java.util.List;

/**
 * A report as anyone may see it: never the reporter's contact details, the token or internal notes.
 *
 * @param latestAnswer the newest public answer, or null
 */
public record PublicReport(long id, String reference, String categoryCode, String categoryName, String department,
                           String place, String description, ReportStatus status, int supporters,
                           Instant createdAt, Instant updatedAt, Double latitude, Double longitude,
                           String latestAnswer) implements java.io.Serializable {

    /** This report, or without its description when {@code published} is false. */
    PublicReport withoutTextUnless(boolean published) {
        return published ? this : new PublicReport(id, reference, categoryCode, categoryName, department, place, null,
                status, supporters, createdAt, updatedAt, latitude, longitude, latestAnswer);
    }

    /** This report with another förvaltning (the one staff assigned it to). */
    PublicReport withDepartment(String assigned) {
        return assigned == null ? this : new PublicReport(id, reference, categoryCode, categoryName, assigned, place,
                description, status, supporters, createdAt, updatedAt, latitude, longitude, latestAnswer);
    }

    static PublicReport of(Report report, CategoryView category) {
        List<StatusChange> history = report.history();
        String answer = null;
        for (StatusChange change : history) {
            if (change.publicAnswer() != null) {
                answer = change.publicAnswer();
            }
        }
        return new PublicReport(report.id(), report.reference(), category.code(), category.name(),
                category.department(), report.place(), report.description(), report.status(), report.supporters(),
                report.createdAt(), report.updatedAt(),
                report.point().map(p -> p.latitude()).orElse(null),
                report.point().map(p -> p.longitude()).orElse(null), answer);
    }
}

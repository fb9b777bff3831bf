package se.tryggstad.portal.forum.workspace.application;

import se.tryggstad.portal.report.domain.ReportStatus;

import java.time.Instant;

/** A finding of a walk as the report it became: reference, category, place and current status. */
public record FindingRow(String reference, String categoryName, String place, ReportStatus status,
                         Double latitude, Double longitude, String recordedBy, Instant recordedAt) {
}

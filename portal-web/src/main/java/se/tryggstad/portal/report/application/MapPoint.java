package se.tryggstad.portal.report.application;

import se.tryggstad.portal.report.domain.ReportStatus;

/** A public report on the map: where, what and its status; never text, contact details or photos. */
public record MapPoint(String reference, String categoryName, String place, ReportStatus status, double latitude,
                       double longitude) {
}

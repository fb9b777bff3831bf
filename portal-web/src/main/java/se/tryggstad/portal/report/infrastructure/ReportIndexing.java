package se.tryggstad.portal.report.infrastructure;

import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.GeoPoint;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What search knows of a report: category and place as the title, the description as the body, its
 * point and status. Never the reporter's contact details, the tracking token or internal notes.
 */
public final class ReportIndexing {

    private ReportIndexing() {
    }

    public static String uidOf(Report report) {
        return DocumentType.REPORT.id() + ":" + report.id();
    }

    public static IndexDocument documentOf(Report report, ReportCategory category) {
        String title = category.name("sv") + " – " + report.place();
        GeoPoint geo = report.point().map(point -> new GeoPoint(point.latitude(), point.longitude())).orElse(null);
        return new IndexDocument(uidOf(report), DocumentType.REPORT.id(), title, report.description(), "sv",
                Set.of(Audience.PUBLIC), List.of(category.name("sv"), "trygghetsrapport", report.reference()),
                Map.of("category", category.code(), "status", report.status().name()), geo,
                "/rapporter.xhtml?referens=" + report.reference(), report.updatedAt(), report.version());
    }
}

package se.tryggstad.portal.report.domain;

/** An admin added or edited a report category: what a new report may be filed under changed. */
public record ReportCategoriesChanged() {
}

package se.tryggstad.portal.report.application;

import java.util.List;

/** One page of a list, and how many match in all. */
public record ReportPage(List<PublicReport> rows, long total) implements java.io.Serializable {
}

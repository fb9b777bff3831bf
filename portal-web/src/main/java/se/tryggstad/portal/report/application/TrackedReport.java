package se.tryggstad.portal.report.application;

import java.util.List;

/** What the holder of a tracking link sees: the report and its public history, oldest first. */
public record TrackedReport(PublicReport report, List<HistoryEntry> history) implements java.io.Serializable {
}

package se.tryggstad.portal.report.application;

/** An open report of the same category close to where a resident is about to report. */
public record NearbyReport(PublicReport report, int metres) implements java.io.Serializable {
}

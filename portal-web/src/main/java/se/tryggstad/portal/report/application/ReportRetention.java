package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.infrastructure.ReportRepository;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Retention of reporters' contact details: they are erased a configurable number of months
 * ({@code trygg.report.contact-retention-months}, default 12) after the report was closed. The report,
 * its status history and public answers stay. Contact details are never indexed, so search is unchanged.
 */
@ApplicationScoped
@Transactional
public class ReportRetention {

    @Inject
    ReportRepository repository;

    @Inject
    @ConfigProperty(name = "trygg.report.contact-retention-months", defaultValue = "12")
    int retentionMonths;

    /** Erases the contact details of every report closed before the cut-off; answers how many. */
    public int forgetContactsOfClosedReports(Instant now) {
        Instant cutOff = cutOff(now, retentionMonths);
        int forgotten = 0;
        for (Report report : repository.closedWithContactFiledBefore(cutOff)) {
            if (report.closedSince().map(closed -> closed.isBefore(cutOff)).orElse(false)) {
                report.forgetContact();
                forgotten++;
            }
        }
        return forgotten;
    }

    /** Calendar months back in Solna's time zone, so "12 months" is the same date a year earlier. */
    static Instant cutOff(Instant now, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("contact details are kept at least a month after closing: " + months);
        }
        return ZonedDateTime.ofInstant(now, ReportService.SOLNA).minusMonths(months).toInstant();
    }
}

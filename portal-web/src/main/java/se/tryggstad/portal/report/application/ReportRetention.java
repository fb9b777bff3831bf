package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Retention of reporters' contact details: they are erased a configurable number of months
 * ({@code trygg.report.contact-retention-months}, default 12) after the report was closed. The report,
 * its status history and public answers stay. Contact details are never indexed, so search is unchanged.
 */
@ApplicationScoped
public class ReportRetention {

    /** Candidates per transaction. */
    static final int PAGE_SIZE = 500;

    @Inject
    ContactRetentionPage pages;

    @Inject
    @ConfigProperty(name = "trygg.report.contact-retention-months", defaultValue = "12")
    int retentionMonths;

    /**
     * Erases the contact details of every report closed before the cut-off; answers how many. Runs
     * in pages of {@value #PAGE_SIZE}, a transaction each: what one page erased stays erased if a later
     * one fails, and the next run goes on from there.
     */
    public int forgetContactsOfClosedReports(Instant now) {
        return forgetContactsOfClosedReports(now, PAGE_SIZE);
    }

    /** As {@link #forgetContactsOfClosedReports(Instant)}, {@code pageSize} candidates a transaction. */
    public int forgetContactsOfClosedReports(Instant now, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one report: " + pageSize);
        }
        Instant cutOff = cutOff(now, retentionMonths);
        int forgotten = 0;
        long afterId = 0;
        ContactRetentionPage.Done page;
        do {
            page = pages.forget(cutOff, afterId, pageSize);
            forgotten += page.forgotten();
            afterId = page.lastId();
        } while (page.read() == pageSize);
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

package se.tryggstad.portal.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tryggstad.portal.report.application.AreaAlertService;
import se.tryggstad.portal.report.application.HistoryEntry;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.ReportRetention;
import se.tryggstad.portal.report.application.ReportService;
import se.tryggstad.portal.report.application.StaffReport;
import se.tryggstad.portal.report.domain.ReportDraft;
import se.tryggstad.portal.report.domain.ReportStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reporters' contact details are erased 12 months after their report was closed; open reports and
 * recently closed ones keep them; the report, its history and public answers remain. Unconfirmed
 * area alerts are deleted after a week.
 */
@ExtendWith(ArquillianExtension.class)
class ReportRetentionIT {

    private static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");

    @Deployment
    static EnterpriseArchive portal() {
        return TestServer.portalEarRunning(ReportRetentionIT.class);
    }

    @Inject
    ReportService reports;

    @Inject
    ReportQueries queries;

    @Inject
    ReportRetention retention;

    @Inject
    AreaAlertService alerts;

    private static Instant monthsAgo(Instant now, int months) {
        return now.atZone(SOLNA).minusMonths(months).toInstant();
    }

    /** A report filed at {@code filed} with e-mail and phone, closed at {@code closed} (null: stays open). */
    private long report(String name, Instant filed, Instant closed) {
        long id = reports.submitAsOf(new ReportDraft("belysning", 59.3600, 18.0003, "Gångtunneln " + name,
                "Lamporna är släckta.", Set.of(), Set.of(), TestServer.uniqueName(name) + "@example.org",
                "070-123 45 67", true, "sv"), filed).id();
        if (closed != null) {
            reports.changeStatusAsOf(id, ReportStatus.ATGARDAD, "Lamporna är bytta.", "it-staff", closed);
        }
        return id;
    }

    @Test
    void contactDetailsAreErasedTwelveMonthsAfterClosingAndTheReportStays() {
        Instant now = Instant.now();
        long closedLongAgo = report("lange-sedan", monthsAgo(now, 14), monthsAgo(now, 13));
        long closedRecently = report("nyligen", monthsAgo(now, 12), monthsAgo(now, 11));
        long open = report("oppen", monthsAgo(now, 20), null);

        assertTrue(retention.forgetContactsOfClosedReports(now) >= 1);

        StaffReport forgotten = queries.forStaff(closedLongAgo, "sv").orElseThrow();
        assertNull(forgotten.contactEmail());
        assertNull(forgotten.contactPhone());
        assertEquals(ReportStatus.ATGARDAD, forgotten.report().status());
        assertEquals(List.of(ReportStatus.NY, ReportStatus.ATGARDAD),
                forgotten.history().stream().map(HistoryEntry::status).toList());
        assertEquals("Lamporna är bytta.", forgotten.report().latestAnswer());
        assertEquals("Lamporna är släckta.", forgotten.report().description());

        StaffReport kept = queries.forStaff(closedRecently, "sv").orElseThrow();
        assertTrue(kept.contactEmail().startsWith("nyligen"), kept.contactEmail());
        assertEquals("070-123 45 67", kept.contactPhone());
        assertTrue(queries.forStaff(open, "sv").orElseThrow().contactEmail().startsWith("oppen"));
    }

    @Test
    void aRunInPagesErasesAsMuchAsARunInOne() {
        Instant now = Instant.now();
        long first = report("sida-ett", monthsAgo(now, 15), monthsAgo(now, 14));
        long closedRecently = report("sida-nyligen", monthsAgo(now, 13), monthsAgo(now, 2));
        long second = report("sida-tva", monthsAgo(now, 15), monthsAgo(now, 13));

        assertTrue(retention.forgetContactsOfClosedReports(now, 1) >= 2, "a page of one report at a time");

        assertNull(queries.forStaff(first, "sv").orElseThrow().contactEmail());
        assertNull(queries.forStaff(second, "sv").orElseThrow().contactEmail(), "the page after a kept report");
        assertTrue(queries.forStaff(closedRecently, "sv").orElseThrow().contactEmail().startsWith("sida-nyligen"));
    }

    @Test
    void unconfirmedAlertsAreDeletedAfterAWeek() {
        alerts.subscribe(TestServer.uniqueName("obekraftad") + "@example.org", 59.36, 18.0, 500, null, "sv",
                "192.0.2.10", null);
        Instant now = Instant.now();
        alerts.deleteUnconfirmed(now.plus(Duration.ofDays(6)));
        assertTrue(alerts.deleteUnconfirmed(now.plus(Duration.ofDays(8))) >= 1,
                "kept for six days, deleted after eight");
    }
}

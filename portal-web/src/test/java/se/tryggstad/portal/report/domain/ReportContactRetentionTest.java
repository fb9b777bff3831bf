package se.tryggstad.portal.report.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.shared.domain.BoundingBox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReportContactRetentionTest {

    private static final Instant FILED = Instant.parse("2025-01-10T10:00:00Z");
    private static final BoundingBox SOLNA = BoundingBox.parse("59.34,17.95,59.40,18.06");
    private static final ReportCategory LIGHTING = ReportCategory.define("belysning", "Belysning", "Lighting",
            "Stadsbyggnadsförvaltningen", 10);

    private static Report report() {
        return Report.submit(1, new ReportDraft("belysning", 59.36, 18.0, "Råsundavägen", "Mörkt.", Set.of(), Set.of(),
                "ada@example.org", "070-123 45 67", true, "sv"), LIGHTING, new ReferenceNumber(2025, 1), "hash",
                SOLNA, FILED);
    }

    @Test
    void closedSinceIsTheStartOfTheLatestClosedRun() {
        Report report = report();
        assertEquals(Optional.empty(), report.closedSince());
        Instant fixed = FILED.plus(Duration.ofDays(10));
        report.changeStatus(ReportStatus.ATGARDAD, "Lagat.", "staff", fixed);
        report.changeStatus(ReportStatus.AVSLUTAD, null, "staff", fixed.plus(Duration.ofDays(5)));
        assertEquals(Optional.of(fixed), report.closedSince(), "åtgärdad then avslutad: closed since åtgärdad");

        Instant reopened = fixed.plus(Duration.ofDays(30));
        report.changeStatus(ReportStatus.MOTTAGEN, "Tillbaka igen.", "staff", reopened);
        assertEquals(Optional.empty(), report.closedSince());
        report.changeStatus(ReportStatus.EJ_ATGARD, null, "staff", reopened.plus(Duration.ofDays(1)));
        assertEquals(Optional.of(reopened.plus(Duration.ofDays(1))), report.closedSince());
    }

    @Test
    void forgettingTheContactKeepsTheReportAndItsHistory() {
        Report report = report();
        report.changeStatus(ReportStatus.AVSLUTAD, "Klart.", "staff", FILED.plusSeconds(60));
        report.forgetContact();
        assertNull(report.contactEmail());
        assertNull(report.contactPhone());
        assertEquals(ReportStatus.AVSLUTAD, report.status());
        assertEquals(2, report.history().size());
        assertEquals("Klart.", report.history().get(1).publicAnswer());
        assertEquals("Mörkt.", report.description());
    }
}

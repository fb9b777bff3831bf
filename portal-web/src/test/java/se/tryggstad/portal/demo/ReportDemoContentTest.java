package se.tryggstad.portal.demo;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.report.domain.ReferenceNumber;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.shared.domain.BoundingBox;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo reports obey the same rules as real ones, so the demo start-up never fails on them. */
class ReportDemoContentTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final BoundingBox SOLNA = BoundingBox.parse("59.34,17.95,59.40,18.06");
    private static final Set<String> SEEDED_CATEGORIES = Set.of("belysning", "klotter", "nedskrapning",
            "skadegorelse", "otrygg-plats", "olovlig-bosattning", "ovrigt");

    @Test
    void atLeast150ValidReportsInSolnaSpreadOverTheYearWithVariedStatuses() {
        List<ReportDemoContent.DemoReport> demo = ReportDemoContent.reports(NOW);
        assertTrue(demo.size() >= 150, "reports: " + demo.size());
        Set<ReportStatus> statuses = EnumSet.noneOf(ReportStatus.class);
        long sequence = 1;
        for (ReportDemoContent.DemoReport one : demo) {
            assertTrue(SEEDED_CATEGORIES.contains(one.draft().categoryCode()), one.draft().categoryCode());
            Report report = Report.submit(sequence, one.draft(), ReportCategory.define(one.draft().categoryCode(), "x", "x",
                    "x", 1), new ReferenceNumber(2026, sequence++), "hash" + sequence, SOLNA, one.created());
            Instant previous = one.created();
            for (ReportDemoContent.Step step : one.steps()) {
                assertTrue(step.at().isAfter(previous) && step.at().isBefore(NOW), "steps in order, in the past");
                report.changeStatus(step.status(), step.publicAnswer(), "demo", step.at());
                previous = step.at();
            }
            statuses.add(report.status());
        }
        assertEquals(EnumSet.allOf(ReportStatus.class), statuses);
        Instant oldest = demo.stream().map(ReportDemoContent.DemoReport::created).min(Instant::compareTo).orElseThrow();
        assertTrue(Duration.between(oldest, NOW).toDays() > 300, "spread over the past year");
        assertTrue(demo.stream().map(r -> r.draft().place()).collect(Collectors.toSet()).size() > 30, "many places");
        assertEquals(demo.stream().map(r -> r.draft().description()).toList(),
                ReportDemoContent.reports(NOW).stream().map(r -> r.draft().description()).toList(), "repeatable");
    }
}

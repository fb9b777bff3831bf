package se.tryggstad.portal.report.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.shared.domain.BoundingBox;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportHandlingTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final BoundingBox SOLNA = BoundingBox.parse("59.34,17.95,59.40,18.06");
    private static final ReportCategory LITTER = ReportCategory.define("nedskrapning", "Nedskräpning", "Litter",
            "Stadsbyggnadsförvaltningen", 30);

    private static Report report(long number) {
        ReportDraft draft = new ReportDraft("nedskrapning", 59.36, 18.0, "Råsunda torg", "Skräp vid Kalles kiosk.",
                EnumSet.noneOf(UnsafeTime.class), EnumSet.noneOf(java.time.DayOfWeek.class), null, null, false, "sv");
        return Report.submit(number, draft, LITTER, new ReferenceNumber(2026, number), "hash" + number, SOLNA, NOW);
    }

    private static ReportRejected refused(Runnable action) {
        return assertThrows(ReportRejected.class, action::run);
    }

    private static List<ReportEvent.Kind> kinds(Report report) {
        return report.events().stream().map(ReportEvent::kind).toList();
    }

    @Test
    void aDuplicateClosesAndItsSupportersAndReporterCountForTheOriginal() {
        Report original = report(1);
        Report duplicate = report(2);
        duplicate.support(NOW);
        duplicate.support(NOW);
        StatusChange change = duplicate.mergeInto(original, "Se TR-2026-000001.", "kim", NOW);
        assertEquals(ReportStatus.AVSLUTAD, duplicate.status());
        assertEquals("kim", change.changedBy());
        assertEquals("TR-2026-000001", duplicate.duplicateOf().orElseThrow());
        assertEquals(3, original.supporters());
        assertEquals(List.of(ReportEvent.Kind.MERGED_INTO), kinds(duplicate));
        assertEquals(List.of(ReportEvent.Kind.MERGED_FROM), kinds(original));
        assertEquals("TR-2026-000002", original.events().get(0).detail());
    }

    @Test
    void nothingMergesIntoItselfIntoAClosedOrMergedReportOrTwice() {
        Report original = report(1);
        Report duplicate = report(2);
        assertEquals("original", refused(() -> duplicate.mergeInto(duplicate, null, "kim", NOW)).field());
        assertEquals("original", refused(() -> duplicate.mergeInto(null, null, "kim", NOW)).field());
        Report closed = report(3);
        closed.changeStatus(ReportStatus.ATGARDAD, null, "kim", NOW);
        assertEquals("original", refused(() -> duplicate.mergeInto(closed, null, "kim", NOW)).field());

        duplicate.mergeInto(original, null, "kim", NOW);
        assertEquals(ReportRejected.Reason.CONFLICT,
                refused(() -> duplicate.mergeInto(report(4), null, "kim", NOW)).reason());
        assertEquals("original", refused(() -> report(5).mergeInto(duplicate, null, "kim", NOW)).field());
        assertEquals(1, original.supporters());
    }

    @Test
    void unpublishingAndRedactingAreLoggedWithoutTheRemovedText() {
        Report report = report(1);
        assertTrue(report.isPublished());
        report.unpublish("kim", NOW);
        assertFalse(report.isPublished());
        assertEquals(ReportRejected.Reason.CONFLICT, refused(() -> report.unpublish("kim", NOW)).reason());
        assertEquals("description", refused(() -> report.redact(" ", "kim", NOW)).field());
        report.redact("Skräp vid kiosken.", "kim", NOW);
        report.redact("Skräp vid kiosken.", "kim", NOW);
        report.republish("kim", NOW);
        assertEquals("Skräp vid kiosken.", report.description());
        assertEquals(List.of(ReportEvent.Kind.UNPUBLISHED, ReportEvent.Kind.REDACTED, ReportEvent.Kind.REPUBLISHED),
                kinds(report));
        assertTrue(report.events().stream().noneMatch(event -> event.detail() != null
                && event.detail().contains("Kalle")));
    }

    @Test
    void anAssignmentNamesTheDepartmentAndTellsWhetherThePersonIsNew() {
        Report report = report(1);
        assertEquals("department", refused(() -> report.assign(" ", null, "kim", NOW)).field());
        assertTrue(report.assign("Socialförvaltningen", "robin", "kim", NOW));
        assertFalse(report.assign("Socialförvaltningen", "robin", "kim", NOW));
        assertEquals("Socialförvaltningen", report.assignedDepartment().orElseThrow());
        assertEquals("Socialförvaltningen / robin", report.events().get(0).detail());
        assertFalse(report.assign("Socialförvaltningen", null, "kim", NOW));
        assertTrue(report.assignee().isEmpty());
    }

    @Test
    void adminsEditCategoriesWithCheckedFields() {
        assertEquals("code", refused(() -> ReportCategory.create("Snö", "Snö", "Snow", null, null, "Teknik", true, 10,
                "admin", NOW)).field());
        ReportCategory category = ReportCategory.create("sno", "Snö", "Snow", " ", null, "Teknik", true, 10, "admin",
                NOW);
        assertEquals("Snö", category.description("sv"));
        assertEquals("nameEn", refused(() -> category.edit("Snö", "", null, null, "Teknik", true, "admin", NOW)).field());
        assertEquals("department", refused(() -> category.edit("Snö", "Snow", null, null, "x".repeat(121), true,
                "admin", NOW)).field());
        category.edit("Snö och is", "Snow and ice", null, null, "Tekniska förvaltningen", false, "admin2", NOW);
        assertFalse(category.isActive());
        assertEquals("admin2", category.updatedBy());
        assertEquals("Tekniska förvaltningen", category.department());
    }
}

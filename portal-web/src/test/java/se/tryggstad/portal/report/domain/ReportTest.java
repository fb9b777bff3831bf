package se.tryggstad.portal.report.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.shared.domain.BoundingBox;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final BoundingBox SOLNA = BoundingBox.parse("59.34,17.95,59.40,18.06");
    private static final ReportCategory LIGHTING = ReportCategory.define("belysning", "Belysning", "Lighting",
            "Stadsbyggnadsförvaltningen", 10);

    private static ReportDraft draft(Double latitude, Double longitude, String email, boolean consent) {
        return new ReportDraft("belysning", latitude, longitude, " Gångtunneln vid Solna centrum ",
                "Två lampor är släckta.", EnumSet.of(UnsafeTime.NATT, UnsafeTime.KVALL),
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.FRIDAY), email, null, consent, "en");
    }

    private static Report submit(ReportDraft draft) {
        return Report.submit(7, draft, LIGHTING, new ReferenceNumber(2026, 7), "hash", SOLNA, NOW);
    }

    private static String rejectedField(Runnable action) {
        return assertThrows(ReportRejected.class, action::run).field();
    }

    @Test
    void aNewReportIsNewWithItsSubmissionAsTheFirstStepOfItsHistory() {
        Report report = submit(draft(59.36, 18.0, null, false));
        assertEquals(ReportStatus.NY, report.status());
        assertEquals("TR-2026-000007", report.reference());
        assertEquals("Gångtunneln vid Solna centrum", report.place());
        assertEquals(new GeoPoint(59.36, 18.0), report.point().orElseThrow());
        assertEquals(EnumSet.of(UnsafeTime.KVALL, UnsafeTime.NATT), report.unsafeTimes());
        assertEquals(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), report.unsafeDays());
        assertEquals(1, report.history().size());
        assertNull(report.history().get(0).changedBy());
        assertFalse(report.hasContact());
        assertEquals(NOW, report.createdAt());
    }

    @Test
    void aPlaceTextIsEnoughButCoordinatesComeInPairsInsideTheMunicipality() {
        assertTrue(submit(draft(null, null, null, false)).point().isEmpty());
        assertEquals("longitude", rejectedField(() -> submit(draft(59.36, null, null, false))));
        assertEquals("latitude", rejectedField(() -> submit(draft(null, 18.0, null, false))));
        assertEquals("latitude", rejectedField(() -> submit(draft(59.3293, 18.0686, null, false))));
        assertEquals("latitude", rejectedField(() -> submit(draft(Double.NaN, 18.0, null, false))));
        assertEquals("latitude", rejectedField(() -> submit(draft(95.0, 18.0, null, false))));
    }

    @Test
    void missingOrOversizedTextIsRefusedAtItsField() {
        assertEquals("category", rejectedField(() -> Report.submit(7, draft(null, null, null, false), null,
                new ReferenceNumber(2026, 1), "h", SOLNA, NOW)));
        assertEquals("place", rejectedField(() -> submit(new ReportDraft("belysning", null, null, "  ", "Mörkt.",
                Set.of(), Set.of(), null, null, false, "sv"))));
        assertEquals("description", rejectedField(() -> submit(new ReportDraft("belysning", null, null, "Här",
                "x".repeat(Report.MAX_DESCRIPTION + 1), Set.of(), Set.of(), null, null, false, "sv"))));
        assertEquals("place", rejectedField(() -> submit(new ReportDraft("belysning", null, null,
                "x".repeat(Report.MAX_PLACE + 1), "Mörkt.", Set.of(), Set.of(), null, null, false, "sv"))));
    }

    @Test
    void contactDetailsNeedConsentAndAPlausibleShape() {
        assertEquals("consent", rejectedField(() -> submit(draft(null, null, "kim@example.org", false))));
        assertEquals("email", rejectedField(() -> submit(draft(null, null, "not an address", true))));
        assertEquals("phone", rejectedField(() -> submit(new ReportDraft("belysning", null, null, "Här", "Mörkt.",
                Set.of(), Set.of(), null, "call me", true, "sv"))));
        Report report = submit(draft(null, null, "kim@example.org", true));
        assertTrue(report.hasContact());
        assertEquals("kim@example.org", report.contactEmail());
        assertEquals("en", report.contactLanguage());
    }

    @Test
    void statusesFollowTheHandlingAndEveryChangeNamesWhoAndWhen() {
        Report report = submit(draft(null, null, null, false));
        Instant later = NOW.plusSeconds(3600);
        StatusChange received = report.changeStatus(ReportStatus.MOTTAGEN, " Tack! ", "personal", later);
        assertEquals("Tack!", received.publicAnswer());
        assertEquals("personal", received.changedBy());
        assertEquals(later, received.changedAt());
        report.changeStatus(ReportStatus.ATGARDAD, null, "personal", later);
        assertEquals("status", rejectedField(() -> report.changeStatus(ReportStatus.PLANERAD, null, "personal", later)));
        report.changeStatus(ReportStatus.AVSLUTAD, null, "personal", later);
        assertEquals("status", rejectedField(() -> report.changeStatus(ReportStatus.NY, null, "personal", later)));
        assertEquals("status", rejectedField(() -> report.changeStatus(null, null, "personal", later)));
        report.changeStatus(ReportStatus.MOTTAGEN, "Öppnad igen.", "personal", later);
        assertEquals(5, report.history().size());
        assertThrows(IllegalArgumentException.class,
                () -> report.changeStatus(ReportStatus.PLANERAD, null, " ", later));
    }

    @Test
    void noStatusLeadsBackToNewAndOnlyNewReceivedAndPlannedAreOpen() {
        for (ReportStatus status : ReportStatus.values()) {
            assertFalse(status.canMoveTo(ReportStatus.NY), status.name());
            assertFalse(status.canMoveTo(status), status.name());
            assertFalse(status.next().isEmpty(), status.name());
        }
        assertEquals(EnumSet.of(ReportStatus.NY, ReportStatus.MOTTAGEN, ReportStatus.PLANERAD),
                EnumSet.copyOf(java.util.Arrays.stream(ReportStatus.values()).filter(ReportStatus::isOpen).toList()));
    }

    @Test
    void onlyOpenReportsCanBeSupported() {
        Report report = submit(draft(null, null, null, false));
        report.support(NOW);
        report.support(NOW);
        assertEquals(2, report.supporters());
        report.changeStatus(ReportStatus.AVSLUTAD, null, "personal", NOW);
        assertEquals(ReportRejected.Reason.CONFLICT,
                assertThrows(ReportRejected.class, () -> report.support(NOW)).reason());
    }

    @Test
    void notesAreInternalAndSigned() {
        Report report = submit(draft(null, null, null, false));
        InternalNote note = report.addNote(" Ring elbolaget. ", "personal", NOW);
        assertEquals("Ring elbolaget.", note.body());
        assertEquals("personal", note.author());
        assertNotNull(note.createdAt());
        assertEquals("note", rejectedField(() -> report.addNote(" ", "personal", NOW)));
    }

    @Test
    void secretsAreLongRandomAndStoredOnlyAsTheirHash() {
        String secret = Secrets.newSecret();
        assertTrue(Secrets.looksLikeSecret(secret));
        assertFalse(secret.equals(Secrets.newSecret()));
        assertEquals(64, Secrets.hashOf(secret).length());
        assertEquals(Secrets.hashOf(secret), Secrets.hashOf(" " + secret));
        assertFalse(Secrets.looksLikeSecret("short"));
        assertFalse(Secrets.looksLikeSecret(null));
    }
}

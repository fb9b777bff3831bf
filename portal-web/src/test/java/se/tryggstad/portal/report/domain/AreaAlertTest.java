package se.tryggstad.portal.report.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.shared.domain.BoundingBox;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AreaAlertTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final BoundingBox SOLNA = BoundingBox.parse("59.34,17.95,59.40,18.06");
    private static final ReportCategory LIGHTING = ReportCategory.define("belysning", "Belysning", "Lighting",
            "Stadsbyggnadsförvaltningen", 10);
    private static final GeoPoint CENTRE = new GeoPoint(59.3600, 18.0000);

    private static AreaAlert confirmed(int radius, ReportCategory category) {
        AreaAlert alert = AreaAlert.subscribe(" Ada@Example.org ", CENTRE.latitude(), CENTRE.longitude(), radius,
                category, "sv", "confirm", "unsubscribe", SOLNA, NOW);
        alert.confirm(NOW);
        return alert;
    }

    /** A point about {@code metres} north of the centre (one degree of latitude is about 111.2 km). */
    private static GeoPoint north(double metres) {
        return new GeoPoint(CENTRE.latitude() + metres / 111_195.0, CENTRE.longitude());
    }

    @Test
    void matchesReportsWithinTheRadiusOnly() {
        AreaAlert alert = confirmed(500, null);
        assertTrue(alert.matches("klotter", north(10)));
        assertTrue(alert.matches("belysning", north(490)));
        assertFalse(alert.matches("belysning", north(510)));
        assertFalse(alert.matches("belysning", null), "a report without a point is in no area");
        assertTrue(confirmed(1000, null).matches("belysning", north(990)));
        assertFalse(confirmed(250, null).matches("belysning", north(260)));
    }

    @Test
    void aCategoryAlertMatchesOnlyThatCategory() {
        AreaAlert alert = confirmed(250, LIGHTING);
        assertTrue(alert.matches("belysning", north(100)));
        assertFalse(alert.matches("klotter", north(100)));
    }

    @Test
    void anUnconfirmedAlertMatchesNothing() {
        AreaAlert alert = AreaAlert.subscribe("ada@example.org", 59.36, 18.0, 500, null, "en", "c", "u", SOLNA, NOW);
        assertFalse(alert.isConfirmed());
        assertFalse(alert.matches("belysning", CENTRE));
        alert.confirm(NOW);
        alert.confirm(NOW.plusSeconds(60));
        assertEquals(NOW, alert.confirmedAt(), "confirming twice keeps the first time");
        assertEquals("ada@example.org", confirmed(500, null).email(), "stored trimmed and in lower case");
    }

    @Test
    void badInputIsRefusedAtTheField() {
        assertEquals("email", field(() -> AreaAlert.subscribe(" ", 59.36, 18.0, 500, null, "sv", "c", "u", SOLNA, NOW)));
        assertEquals("email", field(() -> AreaAlert.subscribe("not-an-address", 59.36, 18.0, 500, null, "sv", "c", "u",
                SOLNA, NOW)));
        assertEquals("latitude", field(() -> AreaAlert.subscribe("a@example.org", null, null, 500, null, "sv", "c",
                "u", SOLNA, NOW)));
        assertEquals("latitude", field(() -> AreaAlert.subscribe("a@example.org", 57.7, 11.97, 500, null, "sv", "c",
                "u", SOLNA, NOW)), "Göteborg is not in Solna");
        assertEquals("radius", field(() -> AreaAlert.subscribe("a@example.org", 59.36, 18.0, 5000, null, "sv", "c",
                "u", SOLNA, NOW)));
        assertEquals("radius", field(() -> AreaAlert.subscribe("a@example.org", 59.36, 18.0, null, null, "sv", "c",
                "u", SOLNA, NOW)));
    }

    private static String field(Runnable action) {
        return assertThrows(ReportRejected.class, action::run).field();
    }
}

package se.tryggstad.portal.shared.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoPointTest {

    private static final GeoPoint SOLNA_CENTRUM = new GeoPoint(59.3600, 18.0003);

    @Test
    void distancesOverACityAreRightToAMetre() {
        // 0.001° of latitude is 111.2 m everywhere; 0.001° of longitude at 59.36° N is 56.8 m
        assertEquals(111.2, SOLNA_CENTRUM.metresTo(new GeoPoint(59.3610, 18.0003)), 0.5);
        assertEquals(56.8, SOLNA_CENTRUM.metresTo(new GeoPoint(59.3600, 18.0013)), 0.5);
        assertEquals(0, SOLNA_CENTRUM.metresTo(SOLNA_CENTRUM), 1e-9);
        // Solna centrum to Bergshamra centrum: 2291 m north and 2045 m east
        assertEquals(3067, SOLNA_CENTRUM.metresTo(new GeoPoint(59.3806, 18.0363)), 5);
    }

    @Test
    void theBoxAroundAPointHoldsEveryPointWithinTheDistance() {
        BoundingBox box = SOLNA_CENTRUM.boxAround(50);
        for (int bearing = 0; bearing < 360; bearing += 15) {
            double radians = Math.toRadians(bearing);
            GeoPoint at49 = new GeoPoint(59.3600 + Math.cos(radians) * 49 / 111_195.0,
                    18.0003 + Math.sin(radians) * 49 / (111_195.0 * Math.cos(Math.toRadians(59.36))));
            assertTrue(at49.metresTo(SOLNA_CENTRUM) < 50);
            assertTrue(box.contains(at49), "bearing " + bearing);
        }
        assertFalse(box.contains(new GeoPoint(59.3606, 18.0003)));
    }

    @Test
    void impossibleCoordinatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 18));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(59, -181));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(Double.NaN, 18));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(59, Double.POSITIVE_INFINITY));
    }

    @Test
    void theMunicipalityBoxIsReadFromConfigurationAndHoldsItsEdges() {
        BoundingBox solna = BoundingBox.parse("59.34, 17.95, 59.40, 18.06");
        assertTrue(solna.contains(SOLNA_CENTRUM));
        assertTrue(solna.contains(new GeoPoint(59.34, 17.95)));
        assertTrue(solna.contains(new GeoPoint(59.40, 18.06)));
        assertFalse(solna.contains(new GeoPoint(59.3293, 18.0686)), "Stockholm city is not Solna");
        assertFalse(solna.contains(new GeoPoint(59.3399, 18.00)));
        assertThrows(IllegalArgumentException.class, () -> BoundingBox.parse("59.40,17.95,59.34,18.06"));
        assertThrows(IllegalArgumentException.class, () -> BoundingBox.parse("59.34,17.95,59.40"));
        assertThrows(IllegalArgumentException.class, () -> BoundingBox.parse("a,b,c,d"));
        assertEquals("59.34000,17.95000,59.40000,18.06000", solna.toString());
    }
}

package se.tryggstad.portal.report.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistrictTest {

    /** An L shape (concave): the square 0..2 × 0..2 without its upper right quarter. */
    private static final District.Ring L_SHAPE = ring(0, 0, 2, 0, 2, 1, 1, 1, 1, 2, 0, 2, 0, 0);

    /** lon, lat pairs, as GeoJSON writes them. */
    private static District.Ring ring(double... lonLat) {
        java.util.ArrayList<GeoPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < lonLat.length; i += 2) {
            points.add(new GeoPoint(lonLat[i + 1], lonLat[i]));
        }
        return new District.Ring(points);
    }

    private static GeoPoint at(double lon, double lat) {
        return new GeoPoint(lat, lon);
    }

    @Test
    void rayCastingFindsPointsInsideAConcaveRingAndNotInItsNotch() {
        assertTrue(L_SHAPE.contains(at(0.5, 0.5)));
        assertTrue(L_SHAPE.contains(at(1.5, 0.5)));
        assertTrue(L_SHAPE.contains(at(0.5, 1.5)));
        assertFalse(L_SHAPE.contains(at(1.5, 1.5)), "the notch is outside");
        assertFalse(L_SHAPE.contains(at(3, 0.5)));
        assertFalse(L_SHAPE.contains(at(-0.1, 0.5)));
        assertFalse(L_SHAPE.contains(at(0.5, 2.5)));
    }

    @Test
    void aRayThroughAVertexCountsTheCrossingOnce() {
        District.Ring diamond = ring(1, 0, 2, 1, 1, 2, 0, 1, 1, 0);
        assertTrue(diamond.contains(at(1, 1)), "the ray eastwards passes the vertex (2, 1)");
        assertFalse(diamond.contains(at(-1, 1)), "west of the diamond, the ray passes two vertices");
        assertFalse(diamond.contains(at(2.5, 1)));
    }

    @Test
    void aHoleIsNotPartOfTheDistrictAndAnyOfItsPolygonsIs() {
        District.Area withHole = new District.Area(ring(0, 0, 4, 0, 4, 4, 0, 4, 0, 0),
                List.of(ring(1, 1, 3, 1, 3, 3, 1, 3, 1, 1)));
        District.Area island = new District.Area(ring(10, 10, 11, 10, 11, 11, 10, 11, 10, 10), List.of());
        District district = new District("d", "D", List.of(withHole, island));
        assertTrue(district.contains(at(0.5, 0.5)));
        assertFalse(district.contains(at(2, 2)), "in the hole");
        assertTrue(district.contains(at(10.5, 10.5)), "on the island");
        assertFalse(district.contains(at(5, 5)));
    }

    @Test
    void aMapAnswersTheFirstDistrictThatHoldsThePoint() {
        District west = new District("west", "Väst", List.of(new District.Area(ring(0, 0, 1, 0, 1, 1, 0, 1, 0, 0), null)));
        District east = new District("east", "Öst", List.of(new District.Area(ring(1, 0, 2, 0, 2, 1, 1, 1, 1, 0), null)));
        DistrictMap map = new DistrictMap(List.of(west, east), true, "demo");
        assertEquals("west", map.districtOf(at(0.5, 0.5)).orElseThrow().code());
        assertEquals("east", map.districtOf(at(1.5, 0.5)).orElseThrow().code());
        assertTrue(map.districtOf(at(5, 5)).isEmpty());
        assertTrue(map.districtOf(null).isEmpty());
    }

    @Test
    void aDistrictNeedsACodeANameAndAPolygon() {
        assertThrows(IllegalArgumentException.class, () -> new District("", "X", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new District("x", "X", List.of()));
        assertThrows(IllegalArgumentException.class, () -> ring(0, 0, 1, 1));
    }
}

package se.tryggstad.portal.report.infrastructure;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.report.domain.District;
import se.tryggstad.portal.report.domain.DistrictMap;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistrictsGeoJsonTest {

    private static DistrictMap parse(String json) {
        return DistrictsGeoJson.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static DistrictMap committedFile() {
        InputStream in = DistrictsGeoJsonTest.class.getClassLoader().getResourceAsStream("districts-solna.geojson");
        return DistrictsGeoJson.parse(in);
    }

    @Test
    void theCommittedFileHasSolnasTenDistrictsAndSaysTheyAreApproximate() {
        DistrictMap map = committedFile();
        assertEquals(List.of("Solna centrum", "Hagalund", "Råsunda", "Huvudsta", "Bergshamra", "Ulriksdal", "Frösunda",
                "Järvastaden", "Skytteholm/Västra Skogen", "Haga/Arenastaden"),
                map.districts().stream().map(District::name).toList());
        assertTrue(map.approximate());
        assertTrue(map.note().contains("Ungefärliga"), map.note());
    }

    @Test
    void wellKnownPlacesLieInTheirDistricts() {
        DistrictMap map = committedFile();
        Map<String, GeoPoint> places = Map.of(
                "solna-centrum", new GeoPoint(59.3600, 18.0003),
                "hagalund", new GeoPoint(59.3630, 18.0150),
                "rasunda", new GeoPoint(59.3630, 17.9970),
                "bergshamra", new GeoPoint(59.3806, 18.0363),
                "huvudsta", new GeoPoint(59.3496, 17.9862),
                "ulriksdal", new GeoPoint(59.3805, 18.0010),
                "frosunda", new GeoPoint(59.3705, 18.0190),
                "jarvastaden", new GeoPoint(59.3875, 17.9935),
                "skytteholm-vastra-skogen", new GeoPoint(59.3474, 18.0038),
                "haga-arenastaden", new GeoPoint(59.3705, 18.0040));
        places.forEach((code, point) -> assertEquals(code, map.districtOf(point).orElseThrow().code(), code));
        assertEquals("haga-arenastaden", map.districtOf(new GeoPoint(59.3650, 18.0400)).orElseThrow().code(),
                "Hagaparken, the MultiPolygon's second part");
        assertTrue(map.districtOf(new GeoPoint(59.3326, 18.0649)).isEmpty(), "Stockholm city is not in Solna");
    }

    @Test
    void readsPolygonsWithHolesAndMultiPolygons() {
        DistrictMap map = parse("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":"a","name":"A"},"geometry":{"type":"Polygon","coordinates":
                   [[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[3,1],[3,3],[1,3],[1,1]]]}},
                 {"type":"Feature","properties":{"code":"b","name":"B","approximate":false},"geometry":{"type":"MultiPolygon",
                   "coordinates":[[[[10,10],[11,10],[11,11],[10,11],[10,10]]],[[[20,20],[21,20],[21,21],[20,21],[20,20]]]]}}]}
                """);
        assertFalse(map.approximate(), "no metadata says so");
        assertEquals("a", map.districtOf(new GeoPoint(0.5, 0.5)).orElseThrow().code());
        assertTrue(map.districtOf(new GeoPoint(2, 2)).isEmpty(), "the hole");
        assertEquals("b", map.districtOf(new GeoPoint(20.5, 20.5)).orElseThrow().code());
        assertEquals("b", map.districtOf(new GeoPoint(10.5, 10.5)).orElseThrow().code());
    }

    @Test
    void aFileThatIsNotADistrictCollectionIsRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> parse("not json"));
        assertThrows(IllegalArgumentException.class, () -> parse("{\"type\":\"Feature\"}"));
        assertThrows(IllegalArgumentException.class, () -> parse("{\"type\":\"FeatureCollection\"}"));
        assertThrows(IllegalArgumentException.class, () -> parse("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"No code"},
                 "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}"""));
        assertThrows(IllegalArgumentException.class, () -> parse("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"p","name":"P"},
                 "geometry":{"type":"Point","coordinates":[0,0]}}]}"""));
        assertThrows(IllegalArgumentException.class, () -> parse("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"p","name":"P"},
                 "geometry":{"type":"Polygon","coordinates":[[[0,0],["x",0],[1,1],[0,0]]]}}]}"""));
    }
}

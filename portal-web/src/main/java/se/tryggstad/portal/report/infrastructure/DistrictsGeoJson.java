package se.tryggstad.portal.report.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import se.tryggstad.portal.report.domain.District;
import se.tryggstad.portal.report.domain.DistrictMap;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads districts from a GeoJSON FeatureCollection (RFC 7946): each feature a Polygon or MultiPolygon
 * with the properties {@code code} and {@code name}. The collection's {@code metadata} (or a feature's
 * {@code approximate} property) says whether the borders are approximate.
 */
public final class DistrictsGeoJson {

    private DistrictsGeoJson() {
    }

    /** @throws IllegalArgumentException when the file is not such a collection */
    public static DistrictMap parse(InputStream in) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("the districts file is not a JSON object: " + e.getMessage(), e);
        }
        try {
            if (!"FeatureCollection".equals(root.getString("type", null))) {
                throw new IllegalArgumentException("the districts file must be a GeoJSON FeatureCollection");
            }
            JsonObject metadata = root.getJsonObject("metadata");
            boolean approximate = metadata != null && metadata.getBoolean("approximate", false);
            String note = metadata == null ? "" : metadata.getString("note", "");
            List<District> districts = new ArrayList<>();
            for (JsonValue value : root.getJsonArray("features")) {
                JsonObject feature = value.asJsonObject();
                JsonObject properties = feature.getJsonObject("properties");
                approximate |= properties.getBoolean("approximate", false);
                districts.add(new District(properties.getString("code"), properties.getString("name"),
                        areas(feature.getJsonObject("geometry"))));
            }
            return new DistrictMap(districts, approximate, note);
        } catch (NullPointerException | ClassCastException | JsonException e) {
            throw new IllegalArgumentException("the districts file lacks a field or has one of the wrong type: "
                    + e.getMessage(), e);
        }
    }

    private static List<District.Area> areas(JsonObject geometry) {
        String type = geometry.getString("type");
        JsonArray coordinates = geometry.getJsonArray("coordinates");
        return switch (type) {
            case "Polygon" -> List.of(area(coordinates));
            case "MultiPolygon" -> coordinates.stream().map(polygon -> area(polygon.asJsonArray())).toList();
            default -> throw new IllegalArgumentException("a district must be a Polygon or MultiPolygon, not " + type);
        };
    }

    private static District.Area area(JsonArray rings) {
        List<District.Ring> all = rings.stream().map(ring -> ring(ring.asJsonArray())).toList();
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs an outer ring");
        }
        return new District.Area(all.get(0), all.subList(1, all.size()));
    }

    /** GeoJSON positions are [longitude, latitude]. */
    private static District.Ring ring(JsonArray positions) {
        return new District.Ring(positions.stream().map(JsonValue::asJsonArray)
                .map(position -> new GeoPoint(number(position, 1), number(position, 0))).toList());
    }

    private static double number(JsonArray position, int index) {
        return ((JsonNumber) position.get(index)).doubleValue();
    }
}

package se.tryggstad.portal.report.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.tryggstad.portal.report.application.ExportRow;

import java.util.List;

/**
 * Reports as a GeoJSON FeatureCollection (RFC 7946): a Point per report, [longitude, latitude]; a
 * report without coordinates has a null geometry, as the RFC allows, so the counts match the CSV.
 */
final class ReportGeoJson {

    private ReportGeoJson() {
    }

    static JsonObject of(List<ExportRow> rows) {
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (ExportRow row : rows) {
            JsonObjectBuilder feature = Json.createObjectBuilder().add("type", "Feature");
            if (row.latitude() != null && row.longitude() != null) {
                feature.add("geometry", Json.createObjectBuilder().add("type", "Point")
                        .add("coordinates", Json.createArrayBuilder().add(row.longitude()).add(row.latitude())));
            } else {
                feature.addNull("geometry");
            }
            feature.add("properties", Json.createObjectBuilder()
                    .add("reference", row.reference())
                    .add("category", row.category())
                    .add("categoryName", row.categoryName())
                    .add("status", row.status())
                    .add("department", row.department())
                    .add("district", row.district())
                    .add("districtName", row.districtName())
                    .add("created", row.created().toString())
                    .add("place", row.place())
                    .add("supporters", row.supporters()));
            features.add(feature);
        }
        return Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features).build();
    }
}

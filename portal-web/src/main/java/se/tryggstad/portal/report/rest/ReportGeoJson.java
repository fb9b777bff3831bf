package se.tryggstad.portal.report.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import se.tryggstad.portal.report.application.ExportRow;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Reports as a GeoJSON FeatureCollection (RFC 7946): a Point per report, [longitude, latitude]; a
 * report without coordinates has a null geometry, as the RFC allows, so the counts match the CSV.
 */
final class ReportGeoJson {

    private ReportGeoJson() {
    }

    /** Writes the collection as it goes: a tree of 200 000 features did not fit in the server's heap. */
    static void write(List<ExportRow> rows, OutputStream out) {
        try (JsonGenerator json = Json.createGenerator(new BufferedOutputStream(out))) {
            json.writeStartObject().write("type", "FeatureCollection").writeStartArray("features");
            for (ExportRow row : rows) {
                json.writeStartObject().write("type", "Feature");
                if (row.latitude() != null && row.longitude() != null) {
                    json.writeStartObject("geometry").write("type", "Point").writeStartArray("coordinates")
                            .write(row.longitude()).write(row.latitude()).writeEnd().writeEnd();
                } else {
                    json.writeNull("geometry");
                }
                json.writeStartObject("properties")
                        .write("reference", row.reference())
                        .write("category", row.category())
                        .write("categoryName", row.categoryName())
                        .write("status", row.status())
                        .write("department", row.department())
                        .write("district", row.district())
                        .write("districtName", row.districtName())
                        .write("created", row.created().toString())
                        .write("place", row.place())
                        .write("supporters", row.supporters())
                        .writeEnd().writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }
}

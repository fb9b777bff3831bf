package se.tryggstad.portal.report.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import se.tryggstad.portal.report.application.ExportRow;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportGeoJsonTest {

    @Test
    void aReportIsAPointFeatureWithLongitudeFirstAndOneWithoutCoordinatesHasANullGeometry() {
        ExportRow placed = new ExportRow("TR-2026-000001", "klotter", "Klotter", "NY", "Gata/park", "rasunda",
                "Råsunda", Instant.parse("2026-11-20T18:30:00Z"), "Råsunda torg", 59.3625, 18.0012, 3);
        ExportRow unplaced = new ExportRow("TR-2026-000002", "belysning", "Belysning", "MOTTAGEN", "Gata/park", "",
                "", Instant.parse("2026-11-21T07:00:00Z"), "Vid \"Blå huset\"", null, null, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ReportGeoJson.write(List.of(placed, unplaced), out);

        JsonObject collection = Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
        assertEquals("FeatureCollection", collection.getString("type"));
        JsonArray features = collection.getJsonArray("features");
        assertEquals(2, features.size());
        JsonObject first = features.getJsonObject(0);
        assertEquals(List.of(18.0012, 59.3625), first.getJsonObject("geometry").getJsonArray("coordinates")
                .getValuesAs(JsonNumber::doubleValue));
        assertEquals("Råsunda", first.getJsonObject("properties").getString("districtName"));
        assertEquals(3, first.getJsonObject("properties").getInt("supporters"));
        assertEquals("2026-11-20T18:30:00Z", first.getJsonObject("properties").getString("created"));
        assertEquals(JsonValue.NULL, features.getJsonObject(1).get("geometry"));
        assertEquals("Vid \"Blå huset\"", features.getJsonObject(1).getJsonObject("properties").getString("place"));
    }
}

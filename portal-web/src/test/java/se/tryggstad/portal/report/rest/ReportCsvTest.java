package se.tryggstad.portal.report.rest;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.report.application.ExportRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCsvTest {

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("Råsunda torg", ReportCsv.quoted("Råsunda torg"));
        assertEquals("\"a;b\"", ReportCsv.quoted("a;b"));
        assertEquals("\"a,b\"", ReportCsv.quoted("a,b"));
        assertEquals("\"Vid \"\"Blå huset\"\"\"", ReportCsv.quoted("Vid \"Blå huset\""));
        assertEquals("\"rad 1\nrad 2\"", ReportCsv.quoted("rad 1\nrad 2"));
        assertEquals("\"rad 1\r\nrad 2\"", ReportCsv.quoted("rad 1\r\nrad 2"));
    }

    @Test
    void textThatExcelWouldRunAsAFormulaIsDefused() {
        assertEquals("'=HYPERLINK(\"x\")", ReportCsv.text("=HYPERLINK(\"x\")"));
        assertEquals("'+46", ReportCsv.text("+46"));
        assertEquals("'@SUM(A1)", ReportCsv.text("@SUM(A1)"));
        assertEquals("Solna torg", ReportCsv.text("Solna torg"));
        assertEquals("", ReportCsv.text(null));
    }

    @Test
    void aFileStartsWithTheBomAndAHeaderAndHasOneCrlfLinePerReport() throws IOException {
        ExportRow row = new ExportRow("TR-2026-000001", "klotter", "Klotter", "NY", "Stadsbyggnadsförvaltningen, gata/park",
                "rasunda", "Råsunda", Instant.parse("2026-03-01T23:30:00Z"), "Trappan; \"norra\"\nsidan", 59.363, 17.997, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.write(List.of(row), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFReferens;Kategori;"), csv);
        String[] lines = csv.substring(1).split("\r\n", -1);
        assertEquals(3, lines.length, "header, one row (its quoted line break stays inside), and the end");
        assertEquals("TR-2026-000001;klotter;Klotter;NY;\"Stadsbyggnadsförvaltningen, gata/park\";rasunda;Råsunda;"
                + "2026-03-02 00:30;\"Trappan; \"\"norra\"\"\nsidan\";59.363;17.997;2", lines[1]);
        assertEquals("", lines[2]);
    }
}

package se.tryggstad.portal.report.rest;

import se.tryggstad.portal.report.application.ExportRow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reports as CSV for Swedish Excel: UTF-8 with a byte order mark (so Excel reads å, ä, ö), fields
 * separated by semicolons (Excel with Swedish settings uses the comma as decimal sign, and opens
 * semicolon files by double-click), lines ending in CRLF, fields quoted as RFC 4180 says when they hold
 * a separator, a quote or a line break. Coordinates keep the decimal point, so other tools read them
 * exactly. Text that Excel would take for a formula gets a leading apostrophe.
 */
final class ReportCsv {

    static final char SEPARATOR = ';';
    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("Referens", "Kategori", "Kategorinamn", "Status", "Förvaltning",
            "Stadsdel", "Stadsdelsnamn", "Skapad", "Plats", "Latitud", "Longitud", "Stöd");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private ReportCsv() {
    }

    /** Writes the rows as they go, so a large export is never held whole in memory. */
    static void write(List<ExportRow> rows, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write(BOM);
        line(csv, HEADER);
        for (ExportRow row : rows) {
            line(csv, List.of(text(row.reference()), text(row.category()), text(row.categoryName()), text(row.status()),
                    text(row.department()), text(row.district()), text(row.districtName()),
                    CREATED.format(row.created()), text(row.place()), number(row.latitude()), number(row.longitude()),
                    Integer.toString(row.supporters())));
        }
        csv.flush();
    }

    private static void line(Writer csv, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.write(SEPARATOR);
            }
            csv.write(quoted(fields.get(i)));
        }
        csv.write("\r\n");
    }

    /** A field as CSV: quoted, with quotes doubled, when it holds a separator, a quote or a line break. */
    static String quoted(String field) {
        if (field.indexOf(SEPARATOR) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0 && field.indexOf(',') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Free text, defused: Excel would run a cell starting with = + - @ (or a tab or CR) as a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String number(Double value) {
        return value == null ? "" : Double.toString(value);
    }
}

package se.tryggstad.portal.report.application;

import java.time.Instant;

/**
 * One report as exports show it. Deliberately without description, contact details, tracking token
 * and internal notes.
 */
public record ExportRow(String reference, String category, String categoryName, String status, String department,
                        String district, String districtName, Instant created, String place, Double latitude,
                        Double longitude, int supporters) {
}

package se.tryggstad.portal.report.application;

import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.report.domain.ReportStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The lägesbild's filters. Dates are whole days in Solna's time, both included; the other parts are
 * optional (null: no restriction). {@code references} narrows to named reports (for a list of cases).
 */
public record LagesbildFilter(LocalDate from, LocalDate to, String category, ReportStatus status, String department,
                              String district, List<String> references) {

    public static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");
    /** Longer spans are refused, so one request cannot read the whole history many times over. */
    public static final int MAX_DAYS = 366 * 5;
    private static final int MAX_REFERENCES = 200;

    public LagesbildFilter {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a lägesbild always covers a date range");
        }
        if (from.isAfter(to)) {
            throw ReportRejected.invalid("from", "lagesbild.dates.order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ReportRejected.invalid("from", "lagesbild.dates.tooLong");
        }
        category = blankToNull(category, 40);
        department = blankToNull(department, 120);
        district = blankToNull(district, 60);
        references = references == null ? List.of()
                : references.stream().map(reference -> blankToNull(reference, 24)).filter(r -> r != null).toList();
        if (references.size() > MAX_REFERENCES) {
            throw ReportRejected.invalid("reference", "lagesbild.references.tooMany");
        }
    }

    /** The last twelve months up to today. */
    public static LagesbildFilter lastYear(LocalDate today) {
        return new LagesbildFilter(today.minusYears(1).plusDays(1), today, null, null, null, null, List.of());
    }

    /**
     * From text as it comes in a URL; an empty date falls back to the last twelve months, an unknown
     * status or a malformed date is refused at its field.
     */
    public static LagesbildFilter parse(String from, String to, String category, String status, String department,
                                        String district, List<String> references, LocalDate today) {
        LocalDate end = date(to, "to", today);
        LocalDate start = date(from, "from", end.minusYears(1).plusDays(1));
        return new LagesbildFilter(start, end, category, statusOf(status), department, district, references);
    }

    private static LocalDate date(String text, String field, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ReportRejected.invalid(field, "lagesbild.date.invalid");
        }
    }

    private static ReportStatus statusOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(ReportStatus.values()).filter(value -> value.name().equals(text.strip())).findFirst()
                .orElseThrow(() -> ReportRejected.invalid("status", "lagesbild.status.unknown"));
    }

    private static String blankToNull(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() > max ? text.substring(0, max) : text.strip();
    }

    public Instant start() {
        return from.atStartOfDay(SOLNA).toInstant();
    }

    /** The first instant after the range. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(SOLNA).toInstant();
    }
}

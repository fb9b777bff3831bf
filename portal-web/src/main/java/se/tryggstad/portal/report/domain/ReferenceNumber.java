package se.tryggstad.portal.report.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a reporter quotes, {@code TR-2026-000123}: the year of submission and a number from a
 * database sequence. Numbers are unique; a rolled-back report leaves a gap, which is fine.
 */
public record ReferenceNumber(int year, long sequence) {

    private static final Pattern FORMAT = Pattern.compile("TR-(\\d{4})-(\\d{6,12})");

    public ReferenceNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1 || sequence > 999_999_999_999L) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
    }

    public static ReferenceNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a reference number: " + text);
        }
        return new ReferenceNumber(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    /** {@code TR-}, the year, {@code -} and the number, zero-padded to at least six digits. */
    @Override
    public String toString() {
        // every submission formats one; String.format parsed its pattern on each call (ADR 0014)
        String number = Long.toString(sequence);
        StringBuilder text = new StringBuilder(8 + Math.max(6, number.length())).append("TR-").append(year).append('-');
        for (int digits = number.length(); digits < 6; digits++) {
            text.append('0');
        }
        return text.append(number).toString();
    }
}

package se.tryggstad.portal.report.domain;

/** Checks of free text typed by staff and admins: trimmed, required, not longer than the column. */
final class Texts {

    private Texts() {
    }

    static String required(String value, int max, String field, String requiredKey) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw ReportRejected.invalid(field, requiredKey);
        }
        if (trimmed.length() > max) {
            throw ReportRejected.invalid(field, "report.tooLong");
        }
        return trimmed;
    }

    static String optional(String value, int max, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw ReportRejected.invalid(field, "report.tooLong");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}

package se.tryggstad.portal.course.domain;

/** Trimming and length rules for what people type; a broken rule names the field. */
final class Texts {

    private Texts() {
    }

    static String required(String value, int max, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw CourseRejected.invalid(field, "course." + field + ".required");
        }
        if (trimmed.length() > max) {
            throw CourseRejected.invalid(field, "course.tooLong");
        }
        return trimmed;
    }

    static String optional(String value, int max, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw CourseRejected.invalid(field, "course.tooLong");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}

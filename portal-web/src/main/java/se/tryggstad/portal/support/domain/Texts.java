package se.tryggstad.portal.support.domain;

/** The shared checks of staff-written text: trimmed, required or optional, never too long. */
final class Texts {

    private Texts() {
    }

    static String required(String value, int max, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new SupportRuleViolation(field, "support.rule.required");
        }
        if (trimmed.length() > max) {
            throw new SupportRuleViolation(field, "support.rule.tooLong");
        }
        return trimmed;
    }

    static String optional(String value, int max, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new SupportRuleViolation(field, "support.rule.tooLong");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Digits, spaces, +, - and parentheses only, with at least three digits: what a tel: link can dial. */
    static String phone(String value, String field) {
        String phone = optional(value, 40, field);
        if (phone != null && (!phone.matches("[0-9 +()\\-]+") || phone.replaceAll("[^0-9]", "").length() < 3)) {
            throw new SupportRuleViolation(field, "support.rule.phone");
        }
        return phone;
    }

    /** Only https addresses: links from support pages never downgrade to plain http. */
    static String webAddress(String value, String field) {
        String address = optional(value, 300, field);
        if (address != null && !address.matches("https://[^\\s<>\"]+\\.[^\\s<>\"]+")) {
            throw new SupportRuleViolation(field, "support.rule.webAddress");
        }
        return address;
    }
}

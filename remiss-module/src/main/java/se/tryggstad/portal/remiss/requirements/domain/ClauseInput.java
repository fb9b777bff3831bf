package se.tryggstad.portal.remiss.requirements.domain;

/**
 * A clause as an administrator wrote it, before validation: its OR group (1 or more; clauses in the same group
 * must all hold), the field's fact name, the operator's symbol and the value (empty for booleans; comma-separated
 * constants for {@code in}; {@code HH:mm} for {@code after}).
 */
public record ClauseInput(int group, String field, String operator, String value) {
}

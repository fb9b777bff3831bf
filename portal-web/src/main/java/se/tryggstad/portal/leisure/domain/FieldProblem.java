package se.tryggstad.portal.leisure.domain;

/** One broken rule: the input it is about and a message key in the bundle. */
public record FieldProblem(String field, String messageKey) {
}

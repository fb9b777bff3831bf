package se.tryggstad.portal.shared;

/** One broken rule: the input it is about (empty when it is about the whole request) and a message key in the bundle. */
public record FieldProblem(String field, String messageKey) {
}

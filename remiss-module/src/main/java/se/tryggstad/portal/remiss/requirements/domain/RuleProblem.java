package se.tryggstad.portal.remiss.requirements.domain;

/**
 * One broken rule of a requirement rule's content: the input it is about ({@code key}, {@code textSv},
 * {@code clauses[2].value} …; empty for the whole rule) and a message bundle key.
 */
public record RuleProblem(String field, String messageKey) {
}

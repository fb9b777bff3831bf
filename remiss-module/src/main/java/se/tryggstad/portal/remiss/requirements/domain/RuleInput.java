package se.tryggstad.portal.remiss.requirements.domain;

import java.util.List;

/**
 * A requirement rule's content as an administrator wrote it: title, condition clauses, villkor texts (Swedish,
 * English) and, for a computed count, the visitors per unit (and the stricter number when alcohol is served).
 */
public record RuleInput(String title, List<ClauseInput> clauses, String textSv, String textEn,
                        Integer visitorsPerUnit, Integer visitorsPerUnitWithAlcohol) {

    public RuleInput {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }
}

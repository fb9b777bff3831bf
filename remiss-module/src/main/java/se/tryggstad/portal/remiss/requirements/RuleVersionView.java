package se.tryggstad.portal.remiss.requirements;

import se.tryggstad.portal.remiss.requirements.domain.ClauseInput;
import se.tryggstad.portal.remiss.requirements.domain.RuleInput;
import se.tryggstad.portal.remiss.requirements.domain.RuleVersion;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One version of a rule as it was written: its content (as input, to edit it into the next version), the
 * condition in words, who wrote it and when (UTC).
 */
public record RuleVersionView(String key, int number, String title, List<ClauseInput> clauses, String conditionText,
                              String textSv, String textEn, Integer visitorsPerUnit, Integer visitorsPerUnitWithAlcohol,
                              String createdBy, LocalDateTime createdAt) {

    public RuleVersionView {
        clauses = List.copyOf(clauses);
    }

    static RuleVersionView of(String key, RuleVersion version) {
        RuleInput input = version.content().asInput();
        return new RuleVersionView(key, version.number(), input.title(), input.clauses(),
                version.content().condition().toString(), input.textSv(), input.textEn(), input.visitorsPerUnit(),
                input.visitorsPerUnitWithAlcohol(), version.createdBy(), version.createdAt());
    }

    public RuleInput asInput() {
        return new RuleInput(title, clauses, textSv, textEn, visitorsPerUnit, visitorsPerUnitWithAlcohol);
    }
}

package se.tryggstad.portal.remiss.requirements.domain;

import se.tryggstad.portal.remiss.event.EventFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one version of a requirement rule says, validated: title, condition, villkor texts and the numbers of its
 * computed count. Pure; the engine and the entity both use it.
 */
public record RuleContent(String title, List<Clause> clauses, String textSv, String textEn,
                          Integer visitorsPerUnit, Integer visitorsPerUnitWithAlcohol) {

    public static final int TITLE_MAX = 160;
    public static final int TEXT_MAX = 2000;

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    public RuleContent {
        clauses = List.copyOf(clauses);
    }

    /** Validates everything at once; a {@link RuleViolation} names every field at fault. */
    public static RuleContent of(RuleInput input) {
        List<RuleProblem> problems = new ArrayList<>();
        String title = required(input.title(), "title", TITLE_MAX, problems);
        String textSv = required(input.textSv(), "textSv", TEXT_MAX, problems);
        String textEn = required(input.textEn(), "textEn", TEXT_MAX, problems);
        positive(input.visitorsPerUnit(), "visitorsPerUnit", problems);
        positive(input.visitorsPerUnitWithAlcohol(), "visitorsPerUnitWithAlcohol", problems);
        if (input.visitorsPerUnit() == null && input.visitorsPerUnitWithAlcohol() != null) {
            problems.add(new RuleProblem("visitorsPerUnit", "remissregel.error.perUnit.needed"));
        }
        if (textSv != null) {
            problems.addAll(VillkorText.problems("textSv", textSv, input.visitorsPerUnit()));
        }
        if (textEn != null) {
            problems.addAll(VillkorText.problems("textEn", textEn, input.visitorsPerUnit()));
        }
        List<Clause> clauses = List.of();
        try {
            clauses = Condition.parse(input.clauses());
        } catch (RuleViolation violation) {
            problems.addAll(violation.problems());
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return new RuleContent(title, clauses, textSv, textEn, input.visitorsPerUnit(),
                input.visitorsPerUnitWithAlcohol());
    }

    public Condition condition() {
        return new Condition(clauses);
    }

    /** The texts for this event and the facts that triggered them; empty when the rule does not apply. */
    public Optional<Applied> applyTo(EventFacts facts) {
        return condition().triggeredBy(facts).map(triggeredBy -> {
            int count = VillkorText.count(facts, visitorsPerUnit, visitorsPerUnitWithAlcohol);
            return new Applied(VillkorText.render(textSv, SWEDISH, facts, count),
                    VillkorText.render(textEn, ENGLISH, facts, count), triggeredBy);
        });
    }

    public RuleInput asInput() {
        return new RuleInput(title, clauses.stream().map(Clause::asInput).toList(), textSv, textEn, visitorsPerUnit,
                visitorsPerUnitWithAlcohol);
    }

    /** The filled texts of a rule that applies, and the fact names that made it apply. */
    public record Applied(String textSv, String textEn, List<String> triggeredBy) {
    }

    private static String required(String value, String field, int max, List<RuleProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new RuleProblem(field, "remissregel.error." + field + ".required"));
            return null;
        }
        if (value.strip().length() > max) {
            problems.add(new RuleProblem(field, "remissregel.error.tooLong"));
            return null;
        }
        return value.strip();
    }

    private static void positive(Integer value, String field, List<RuleProblem> problems) {
        if (value != null && value < 1) {
            problems.add(new RuleProblem(field, "remissregel.error.perUnit.positive"));
        }
    }
}

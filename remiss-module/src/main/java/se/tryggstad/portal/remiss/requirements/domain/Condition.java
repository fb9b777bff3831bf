package se.tryggstad.portal.remiss.requirements.domain;

import se.tryggstad.portal.remiss.event.EventFacts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * When a rule applies: its clauses grouped by group number; all clauses of a group must hold (AND), and one group
 * holding is enough (OR). Answers which facts triggered it: the fields of every group that holds.
 */
public final class Condition {

    private final Map<Integer, List<Clause>> groups = new TreeMap<>();

    public Condition(List<Clause> clauses) {
        if (clauses.isEmpty()) {
            throw new RuleViolation("clauses", "remissregel.error.clauses.required");
        }
        for (Clause clause : clauses) {
            groups.computeIfAbsent(clause.group(), group -> new ArrayList<>()).add(clause);
        }
    }

    /** Validates what an administrator wrote; every problem of every clause is reported at once. */
    public static List<Clause> parse(List<ClauseInput> inputs) {
        List<Clause> clauses = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                clauses.add(Clause.of("clauses[" + i + "]", inputs.get(i)));
            } catch (RuleViolation violation) {
                problems.addAll(violation.problems());
            }
        }
        if (inputs.isEmpty()) {
            problems.add(new RuleProblem("clauses", "remissregel.error.clauses.required"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return clauses;
    }

    /** The fact names that made the rule apply, in clause order; empty when it does not apply. */
    public Optional<List<String>> triggeredBy(EventFacts facts) {
        Set<String> fields = new LinkedHashSet<>();
        for (List<Clause> group : groups.values()) {
            if (group.stream().allMatch(clause -> clause.matches(facts))) {
                group.forEach(clause -> fields.add(clause.field().factName()));
            }
        }
        return fields.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(fields));
    }

    public boolean matches(EventFacts facts) {
        return triggeredBy(facts).isPresent();
    }

    @Override
    public String toString() {
        return groups.values().stream().map(group -> String.join(" AND ", group.stream().map(Clause::toString).toList()))
                .reduce((a, b) -> a + " OR " + b).orElse("");
    }
}

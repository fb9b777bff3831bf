package se.tryggstad.portal.remiss.requirements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import se.tryggstad.portal.remiss.event.EventFacts;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One test of a rule's condition: field, operator, value, in an OR group. Only made valid: an unknown field, an
 * operator that does not fit the field's kind or a value of the wrong type is refused by {@link #of}.
 */
@Embeddable
public class Clause {

    /** Times before this count as the night after the event's day: sound until 01:00 is "after 22:00". */
    static final LocalTime NIGHT_ENDS = LocalTime.of(6, 0);

    public static final int MAX_GROUP = 9;

    @Column(name = "group_no", nullable = false)
    private int groupNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 40)
    private FactField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator", nullable = false, length = 20)
    private Operator operator;

    @Column(name = "clause_value", length = 400)
    private String value;

    protected Clause() {
    }

    private Clause(int groupNo, FactField field, Operator operator, String value) {
        this.groupNo = groupNo;
        this.field = field;
        this.operator = operator;
        this.value = value;
    }

    /**
     * A valid clause from what an administrator wrote; problems name {@code <prefix>.field}, {@code .operator},
     * {@code .value} or {@code .group}.
     */
    public static Clause of(String prefix, ClauseInput input) {
        List<RuleProblem> problems = new ArrayList<>();
        if (input.group() < 1 || input.group() > MAX_GROUP) {
            problems.add(new RuleProblem(prefix + ".group", "remissregel.error.clause.group"));
        }
        FactField field = FactField.named(input.field()).orElse(null);
        if (field == null) {
            problems.add(new RuleProblem(prefix + ".field", "remissregel.error.clause.field"));
            throw new RuleViolation(problems);
        }
        Operator operator = Operator.named(input.operator()).orElse(null);
        if (operator == null || !field.allows(operator)) {
            problems.add(new RuleProblem(prefix + ".operator", "remissregel.error.clause.operator." + field.kind().name()));
            throw new RuleViolation(problems);
        }
        String value = normalised(field, operator, input.value());
        if (value == null) {
            problems.add(new RuleProblem(prefix + ".value", "remissregel.error.clause.value." + field.kind().name()));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return new Clause(input.group(), field, operator, value);
    }

    /** The value in its stored form, or null when it does not fit the field. */
    private static String normalised(FactField field, Operator operator, String raw) {
        String value = raw == null ? "" : raw.strip();
        switch (field.kind()) {
            case BOOLEAN:
                return "";
            case NUMBER:
                try {
                    long number = Long.parseLong(value.replace(" ", "").replace("\u00a0", ""));
                    return number < 0 ? null : String.valueOf(number);
                } catch (NumberFormatException notANumber) {
                    return null;
                }
            case TIME:
                try {
                    return LocalTime.parse(value.length() == 4 ? "0" + value : value).toString();
                } catch (DateTimeParseException notATime) {
                    return null;
                }
            case ENUM:
                List<String> allowed = field.enumValues();
                List<String> names = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(String::toUpperCase).distinct().toList();
                return names.isEmpty() || !allowed.containsAll(names) ? null : String.join(",", names);
            default:
                throw new IllegalStateException("kind " + field.kind());
        }
    }

    /** Whether the event's facts satisfy this clause; a missing fact (no sound end time) never does. */
    public boolean matches(EventFacts facts) {
        Object fact = field.read(facts);
        if (!FactField.isSet(fact) && field.kind() != FactField.Kind.BOOLEAN) {
            return false;
        }
        return switch (operator) {
            case AT_LEAST -> ((Number) fact).longValue() >= number();
            case MORE_THAN -> ((Number) fact).longValue() > number();
            case AT_MOST -> ((Number) fact).longValue() <= number();
            case IS_TRUE -> Boolean.TRUE.equals(fact);
            case IS_FALSE -> Boolean.FALSE.equals(fact);
            case IN -> constantsOf(fact).stream().anyMatch(Set.of(value.split(","))::contains);
            case AFTER -> nightAware(FactField.time(fact)) > nightAware(LocalTime.parse(value));
        };
    }

    private long number() {
        return Long.parseLong(value);
    }

    private static List<String> constantsOf(Object fact) {
        Collection<?> many = fact instanceof Collection<?> collection ? collection : List.of(fact);
        return many.stream().map(item -> ((Enum<?>) item).name()).toList();
    }

    private static int nightAware(LocalTime time) {
        int minutes = time.getHour() * 60 + time.getMinute();
        return time.isBefore(NIGHT_ENDS) ? minutes + 24 * 60 : minutes;
    }

    public int group() {
        return groupNo;
    }

    public FactField field() {
        return field;
    }

    public Operator operator() {
        return operator;
    }

    public String value() {
        return value;
    }

    public ClauseInput asInput() {
        return new ClauseInput(groupNo, field.factName(), operator.symbol(), value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clause clause && groupNo == clause.groupNo && field == clause.field
                && operator == clause.operator && Objects.equals(value, clause.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groupNo, field, operator, value);
    }

    @Override
    public String toString() {
        return "[" + groupNo + "] " + field.factName() + " " + operator.symbol() + (operator.takesValue() ? " " + value : "");
    }
}

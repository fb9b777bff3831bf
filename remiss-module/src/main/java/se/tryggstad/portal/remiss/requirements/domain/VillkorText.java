package se.tryggstad.portal.remiss.requirements.domain;

import se.tryggstad.portal.remiss.event.EventFacts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A villkor text with placeholders filled from the event: {@code {peakVisitors}}, {@code {totalVisitors}},
 * {@code {soundEndsAt}} and {@code {count}}, the rule's computed number (e.g. ordningsvakter): the peak crowd
 * divided by the rule's visitors per unit, rounded up, with the stricter divisor when alcohol is served.
 */
public final class VillkorText {

    public static final Set<String> PLACEHOLDERS = Set.of("peakVisitors", "totalVisitors", "soundEndsAt", "count");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private VillkorText() {
    }

    /** Problems of one text (at {@code field}): unknown placeholders, {@code {count}} without visitors per unit. */
    public static List<RuleProblem> problems(String field, String text, Integer visitorsPerUnit) {
        List<RuleProblem> problems = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            if (!PLACEHOLDERS.contains(name)) {
                problems.add(new RuleProblem(field, "remissregel.error.placeholder.unknown"));
                return problems;
            }
            if (name.equals("count") && visitorsPerUnit == null) {
                problems.add(new RuleProblem(field, "remissregel.error.placeholder.countNeedsPerUnit"));
                return problems;
            }
        }
        return problems;
    }

    /** The computed number of the rule for this event: ceil(peak / per unit), per unit with alcohol when served. */
    public static int count(EventFacts facts, Integer visitorsPerUnit, Integer visitorsPerUnitWithAlcohol) {
        if (visitorsPerUnit == null) {
            return 0;
        }
        int divisor = facts.alcoholServed() && visitorsPerUnitWithAlcohol != null ? visitorsPerUnitWithAlcohol
                : visitorsPerUnit;
        return (int) Math.ceil(Math.max(0, facts.peakVisitors()) / (double) divisor);
    }

    /** The text with every placeholder filled, numbers grouped the way the language writes them. */
    public static String render(String text, Locale language, EventFacts facts, int count) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(language);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = switch (matcher.group(1).strip()) {
                case "peakVisitors" -> numbers.format(facts.peakVisitors());
                case "totalVisitors" -> numbers.format(facts.totalVisitors());
                case "soundEndsAt" -> facts.soundEndsAt() == null ? "–" : facts.soundEndsAt().toString();
                case "count" -> numbers.format(count);
                default -> matcher.group();
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}

package se.tryggstad.portal.finder;

import se.tryggstad.portal.search.api.DocumentType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Search parameters as they arrive in a URL, where anything can be typed. Each reader returns a
 * usable value and notes what was wrong, so that a page or resource can report every wrong
 * parameter at once, and nothing odd reaches search as an exception.
 */
public final class SearchParameters {

    /**
     * One wrong parameter, by the name it was sent with. Its explanation is the bundle text
     * {@link #messageKey()}, so that each parameter can be explained in its own words.
     */
    public record Invalid(String parameter, List<Integer> limits) {

        public Invalid {
            limits = List.copyOf(limits);
        }

        public String messageKey() {
            return "search.invalid." + parameter;
        }

        public Object[] messageArguments() {
            return limits.toArray();
        }
    }

    private final List<Invalid> invalid = new ArrayList<>();

    /** The text without surrounding space; empty when missing or too long. */
    public String text(String parameter, String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.length() > maxLength) {
            invalid.add(new Invalid(parameter, List.of(maxLength)));
            return "";
        }
        return text;
    }

    /**
     * The types named by their ids, each value one id or several separated by commas; empty
     * (all types) when none is named or one is unknown.
     */
    public Set<DocumentType> types(String parameter, List<String> values) {
        Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
        if (values == null) {
            return types;
        }
        List<String> ids = values.stream()
                .filter(value -> value != null)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(id -> id.strip().toLowerCase(Locale.ROOT))
                .filter(id -> !id.isEmpty())
                .toList();
        for (String id : ids) {
            Optional<DocumentType> type = DocumentType.fromId(id);
            if (type.isEmpty()) {
                invalid.add(new Invalid(parameter, List.of()));
                return EnumSet.noneOf(DocumentType.class);
            }
            types.add(type.get());
        }
        return types;
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when missing or wrong. */
    public int number(String parameter, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, the same as a number out of range
        }
        invalid.add(new Invalid(parameter, List.of(min, max)));
        return fallback;
    }

    public void reject(String parameter, List<Integer> limits) {
        invalid.add(new Invalid(parameter, limits));
    }

    public boolean allValid() {
        return invalid.isEmpty();
    }

    public List<Invalid> invalid() {
        return List.copyOf(invalid);
    }
}

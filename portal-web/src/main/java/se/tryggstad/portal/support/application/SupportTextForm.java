package se.tryggstad.portal.support.application;

import java.util.stream.Stream;

/** What staff write about a service in one language. */
public record SupportTextForm(String name, String forWhom, String whatHappens, String description,
                              String openingHours) {

    public static SupportTextForm empty() {
        return new SupportTextForm(null, null, null, null, null);
    }

    /** Nothing written: the service has no text in this language. */
    public boolean isBlank() {
        return Stream.of(name, forWhom, whatHappens, description, openingHours)
                .allMatch(value -> value == null || value.isBlank());
    }
}

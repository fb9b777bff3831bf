package se.tryggstad.portal.remiss.domain;

import se.tryggstad.portal.remiss.event.EventFacts;
import se.tryggstad.portal.remiss.event.EventType;
import se.tryggstad.portal.remiss.event.PlaceKind;
import se.tryggstad.portal.remiss.event.TemporaryStructure;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the police send on remiss: their case, the answer-by date, the organiser (minimal personal data: a contact
 * name and one way to reach them) and the event. Types and kinds are text here, so that an unknown value is a
 * message at its field rather than an unreadable request. {@link #problems()} lists every broken rule at once.
 */
public record RemissApplication(
        String policeCaseNumber, LocalDate receivedOn, LocalDate answerBy, String policeEmail,
        String organiserName, String organisationNumber, String contactName, String contactPhone, String contactEmail,
        String eventName, String eventType, String placeAddress, Double latitude, Double longitude, String placeKind,
        boolean arenaArea, LocalDateTime buildUpStarts, LocalDateTime starts, LocalDateTime ends,
        LocalDateTime teardownEnds, Integer peakVisitors, Integer totalVisitors, boolean alcoholServed,
        boolean ticketed, Set<String> temporaryStructures, boolean pyrotechnics, boolean foodSales,
        boolean roadClosures, boolean amplifiedSound, LocalTime soundEndsAt, boolean lateHours) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public RemissApplication {
        policeCaseNumber = clean(policeCaseNumber);
        policeEmail = clean(policeEmail);
        organiserName = clean(organiserName);
        organisationNumber = clean(organisationNumber);
        contactName = clean(contactName);
        contactPhone = clean(contactPhone);
        contactEmail = clean(contactEmail);
        eventName = clean(eventName);
        eventType = upper(clean(eventType));
        placeAddress = clean(placeAddress);
        placeKind = upper(clean(placeKind));
        temporaryStructures = temporaryStructures == null ? Set.of()
                : Set.copyOf(new TreeSet<>(temporaryStructures.stream().map(RemissApplication::clean).map(RemissApplication::upper)
                        .filter(s -> s != null).toList()));
        if (buildUpStarts == null) {
            buildUpStarts = starts;
        }
        if (teardownEnds == null) {
            teardownEnds = ends;
        }
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Every rule the application breaks; empty when it may be registered. */
    public List<RemissProblem> problems() {
        List<RemissProblem> problems = new ArrayList<>();
        required(problems, "policeCaseNumber", policeCaseNumber, 60);
        if (receivedOn == null) {
            problems.add(new RemissProblem("receivedOn", "remiss.required"));
        }
        if (answerBy == null) {
            problems.add(new RemissProblem("answerBy", "remiss.required"));
        } else if (receivedOn != null && answerBy.isBefore(receivedOn)) {
            problems.add(new RemissProblem("answerBy", "remiss.answerBy.beforeReceived"));
        }
        if (required(problems, "policeEmail", policeEmail, 254) && !EMAIL.matcher(policeEmail).matches()) {
            problems.add(new RemissProblem("policeEmail", "remiss.email.invalid"));
        }
        required(problems, "organiserName", organiserName, 200);
        if (organisationNumber != null && organisationNumber.length() > 11) {
            problems.add(new RemissProblem("organisationNumber", "remiss.organisationNumber.invalid"));
        }
        required(problems, "contactName", contactName, 120);
        optional(problems, "contactPhone", contactPhone, 40);
        if (optional(problems, "contactEmail", contactEmail, 254) && contactEmail != null
                && !EMAIL.matcher(contactEmail).matches()) {
            problems.add(new RemissProblem("contactEmail", "remiss.email.invalid"));
        }
        required(problems, "eventName", eventName, 200);
        if (eventType == null) {
            problems.add(new RemissProblem("eventType", "remiss.required"));
        } else if (type().isEmpty()) {
            problems.add(new RemissProblem("eventType", "remiss.eventType.unknown"));
        }
        required(problems, "placeAddress", placeAddress, 200);
        if (placeKind == null) {
            problems.add(new RemissProblem("placeKind", "remiss.required"));
        } else if (kind().isEmpty()) {
            problems.add(new RemissProblem("placeKind", "remiss.placeKind.unknown"));
        }
        if ((latitude == null) != (longitude == null) || latitude != null && (Math.abs(latitude) > 90
                || Math.abs(longitude) > 180)) {
            problems.add(new RemissProblem("latitude", "remiss.point.invalid"));
        }
        timeProblems(problems);
        visitorProblems(problems);
        if (structures().isEmpty() && !temporaryStructures.isEmpty()) {
            problems.add(new RemissProblem("temporaryStructures", "remiss.structure.unknown"));
        }
        if (soundEndsAt != null && !amplifiedSound) {
            problems.add(new RemissProblem("soundEndsAt", "remiss.soundEndsAt.withoutSound"));
        }
        return problems;
    }

    private void timeProblems(List<RemissProblem> problems) {
        if (starts == null) {
            problems.add(new RemissProblem("starts", "remiss.required"));
        }
        if (ends == null) {
            problems.add(new RemissProblem("ends", "remiss.required"));
        }
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            problems.add(new RemissProblem("ends", "remiss.ends.beforeStart"));
        }
        if (starts != null && buildUpStarts != null && buildUpStarts.isAfter(starts)) {
            problems.add(new RemissProblem("buildUpStarts", "remiss.buildUp.afterStart"));
        }
        if (ends != null && teardownEnds != null && teardownEnds.isBefore(ends)) {
            problems.add(new RemissProblem("teardownEnds", "remiss.teardown.beforeEnd"));
        }
    }

    private void visitorProblems(List<RemissProblem> problems) {
        if (peakVisitors == null) {
            problems.add(new RemissProblem("peakVisitors", "remiss.required"));
        } else if (peakVisitors < 0) {
            problems.add(new RemissProblem("peakVisitors", "remiss.visitors.negative"));
        }
        if (totalVisitors == null) {
            problems.add(new RemissProblem("totalVisitors", "remiss.required"));
        } else if (totalVisitors < 0) {
            problems.add(new RemissProblem("totalVisitors", "remiss.visitors.negative"));
        } else if (peakVisitors != null && peakVisitors > totalVisitors) {
            problems.add(new RemissProblem("peakVisitors", "remiss.visitors.peakAboveTotal"));
        }
    }

    private static boolean required(List<RemissProblem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(new RemissProblem(field, "remiss.required"));
            return false;
        }
        return optional(problems, field, value, max);
    }

    private static boolean optional(List<RemissProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new RemissProblem(field, "remiss.tooLong"));
            return false;
        }
        return true;
    }

    public Optional<EventType> type() {
        return enumOf(EventType.class, eventType);
    }

    public Optional<PlaceKind> kind() {
        return enumOf(PlaceKind.class, placeKind);
    }

    /** The structures, when all of them are known ones; empty when there are none or one is unknown. */
    public Set<TemporaryStructure> structures() {
        Set<TemporaryStructure> structures = EnumSet.noneOf(TemporaryStructure.class);
        for (String structure : temporaryStructures) {
            Optional<TemporaryStructure> known = enumOf(TemporaryStructure.class, structure);
            if (known.isEmpty()) {
                return Set.of();
            }
            structures.add(known.get());
        }
        return structures;
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Each field as text (structures sorted), in declaration order: what the audit log compares. */
    public Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        for (RecordComponent component : RemissApplication.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(this);
                if (value instanceof Set<?> set) {
                    value = set.isEmpty() ? null : new TreeSet<>(set.stream().map(String::valueOf).toList()).toString();
                }
                text.put(component.getName(), value == null ? null : value.toString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a record accessor is always callable", e);
            }
        }
        return text;
    }

    /** The facts the checks read; only for an application without problems. No personal data. */
    public EventFacts facts() {
        PlaceKind place = kind().orElseThrow();
        return new EventFacts(type().orElseThrow(), place, arenaArea || place == PlaceKind.ARENA_AREA,
                peakVisitors, totalVisitors, alcoholServed, ticketed, structures(), pyrotechnics, foodSales,
                roadClosures, amplifiedSound, amplifiedSound ? soundEndsAt : null, lateHours, buildUpStarts, starts,
                ends, teardownEnds, latitude, longitude);
    }
}

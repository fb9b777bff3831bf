package se.tryggstad.portal.remiss.requirements.domain;

import se.tryggstad.portal.remiss.event.EventFacts;
import se.tryggstad.portal.remiss.event.EventType;
import se.tryggstad.portal.remiss.event.PlaceKind;
import se.tryggstad.portal.remiss.event.TemporaryStructure;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@link EventFacts} components a rule condition may test, each with its kind (which decides the operators and
 * the values allowed). {@link #factName()} is the record component's name, as rules and villkor name it.
 */
public enum FactField {
    TYPE("type", Kind.ENUM, EventFacts::type, EventType.class),
    PLACE_KIND("placeKind", Kind.ENUM, EventFacts::placeKind, PlaceKind.class),
    ARENA_AREA("arenaArea", Kind.BOOLEAN, EventFacts::arenaArea, null),
    PEAK_VISITORS("peakVisitors", Kind.NUMBER, EventFacts::peakVisitors, null),
    TOTAL_VISITORS("totalVisitors", Kind.NUMBER, EventFacts::totalVisitors, null),
    ALCOHOL_SERVED("alcoholServed", Kind.BOOLEAN, EventFacts::alcoholServed, null),
    TICKETED("ticketed", Kind.BOOLEAN, EventFacts::ticketed, null),
    TEMPORARY_STRUCTURES("temporaryStructures", Kind.ENUM, EventFacts::temporaryStructures, TemporaryStructure.class),
    PYROTECHNICS("pyrotechnics", Kind.BOOLEAN, EventFacts::pyrotechnics, null),
    FOOD_SALES("foodSales", Kind.BOOLEAN, EventFacts::foodSales, null),
    ROAD_CLOSURES("roadClosures", Kind.BOOLEAN, EventFacts::roadClosures, null),
    AMPLIFIED_SOUND("amplifiedSound", Kind.BOOLEAN, EventFacts::amplifiedSound, null),
    SOUND_ENDS_AT("soundEndsAt", Kind.TIME, EventFacts::soundEndsAt, null),
    LATE_HOURS("lateHours", Kind.BOOLEAN, EventFacts::lateHours, null);

    /** What a field holds; decides its operators. */
    public enum Kind {
        NUMBER(List.of(Operator.AT_LEAST, Operator.MORE_THAN, Operator.AT_MOST)),
        BOOLEAN(List.of(Operator.IS_TRUE, Operator.IS_FALSE)),
        ENUM(List.of(Operator.IN)),
        TIME(List.of(Operator.AFTER));

        private final List<Operator> operators;

        Kind(List<Operator> operators) {
            this.operators = operators;
        }

        public List<Operator> operators() {
            return operators;
        }
    }

    private final String factName;
    private final Kind kind;
    private final Function<EventFacts, Object> reader;
    private final Class<? extends Enum<?>> values;

    FactField(String factName, Kind kind, Function<EventFacts, Object> reader, Class<? extends Enum<?>> values) {
        this.factName = factName;
        this.kind = kind;
        this.reader = reader;
        this.values = values;
    }

    public String factName() {
        return factName;
    }

    public Kind kind() {
        return kind;
    }

    public boolean allows(Operator operator) {
        return kind.operators().contains(operator);
    }

    /** The constants an ENUM field may be compared with; empty for other kinds. */
    public List<String> enumValues() {
        return values == null ? List.of()
                : Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
    }

    Object read(EventFacts facts) {
        return reader.apply(facts);
    }

    /** The field with this fact name ({@code peakVisitors}) or constant name ({@code PEAK_VISITORS}). */
    public static Optional<FactField> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values())
                .filter(field -> field.factName.equals(wanted) || field.name().equals(wanted))
                .findFirst();
    }

    static boolean isSet(Object value) {
        return value != null && !(value instanceof Set<?> set && set.isEmpty());
    }

    static LocalTime time(Object value) {
        return (LocalTime) value;
    }
}

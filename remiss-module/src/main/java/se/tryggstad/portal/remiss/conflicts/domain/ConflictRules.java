package se.tryggstad.portal.remiss.conflicts.domain;

import se.tryggstad.portal.remiss.conflicts.EventConflict;
import se.tryggstad.portal.remiss.conflicts.ScheduledEvent;
import se.tryggstad.portal.remiss.event.EventFacts;
import se.tryggstad.portal.remiss.event.EventType;
import se.tryggstad.portal.remiss.event.GeoDistance;
import se.tryggstad.portal.remiss.event.PlaceKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When events conflict. Two events overlap when their whole periods (from build-up to the end of teardown) share a
 * moment; they are near when their points are within the distance, or both are in the arena area when a point is
 * missing. An event in the arena area conflicts with every arena event day its period touches.
 */
public final class ConflictRules {

    private ConflictRules() {
    }

    /**
     * The conflicts of {@code event}: nearby overlapping others (closest first), then arena event days (by date).
     * {@code arenaDays} maps a date to the arena event's name.
     */
    public static List<EventConflict> conflicts(EventFacts event, Collection<ScheduledEvent> others, double maxMetres,
                                                Map<LocalDate, String> arenaDays) {
        List<EventConflict> conflicts = new ArrayList<>();
        Optional<Period> period = Period.of(event);
        if (period.isEmpty()) {
            return conflicts;
        }
        for (ScheduledEvent other : others == null ? List.<ScheduledEvent>of() : others) {
            if (other == null || other.facts() == null) {
                continue;
            }
            Optional<Period> otherPeriod = Period.of(other.facts());
            if (otherPeriod.isEmpty() || !period.get().overlaps(otherPeriod.get())) {
                continue;
            }
            Double metres = distance(event, other.facts());
            boolean near = metres != null ? metres <= maxMetres : inArenaArea(event) && inArenaArea(other.facts());
            if (near) {
                conflicts.add(new EventConflict(other, EventConflict.Kind.NEARBY_OVERLAP, metres));
            }
        }
        conflicts.sort((a, b) -> Double.compare(a.distanceMetres() == null ? 0 : a.distanceMetres(),
                b.distanceMetres() == null ? 0 : b.distanceMetres()));
        if (inArenaArea(event)) {
            arenaDays.keySet().stream().sorted().filter(period.get()::touches).forEach(day -> conflicts.add(
                    new EventConflict(arenaDay(day, arenaDays.get(day), event), EventConflict.Kind.ARENA_EVENT_DAY, null)));
        }
        return conflicts;
    }

    /** The first and the last calendar day of the event's whole period; empty without a start. */
    public static Optional<List<LocalDate>> days(EventFacts event) {
        return Period.of(event).map(period -> List.of(period.from().toLocalDate(), period.lastDay()));
    }

    public static boolean inArenaArea(EventFacts facts) {
        return facts.arenaArea() || facts.placeKind() == PlaceKind.ARENA_AREA;
    }

    private static Double distance(EventFacts one, EventFacts other) {
        if (one.latitude() == null || one.longitude() == null || other.latitude() == null || other.longitude() == null) {
            return null;
        }
        return GeoDistance.metres(one.latitude(), one.longitude(), other.latitude(), other.longitude());
    }

    /**
     * An arena event day as the "other" event of a conflict: no remiss (id 0, empty reference), the arena event's
     * name and the whole day in the arena area.
     */
    static ScheduledEvent arenaDay(LocalDate day, String name, EventFacts near) {
        EventFacts facts = new EventFacts(EventType.OVRIGT, PlaceKind.ARENA_AREA, true, 0, 0, false, false, Set.of(),
                false, false, false, false, null, false, null, day.atStartOfDay(), day.plusDays(1).atStartOfDay(),
                null, near.latitude(), near.longitude());
        return new ScheduledEvent(0, "", name, facts);
    }

    /** The whole time an event occupies its place: from build-up (or start) to the end of teardown (or end). */
    record Period(LocalDateTime from, LocalDateTime to) {

        static Optional<Period> of(EventFacts facts) {
            LocalDateTime from = facts.buildUpStarts() != null ? facts.buildUpStarts() : facts.starts();
            LocalDateTime to = facts.teardownEnds() != null ? facts.teardownEnds() : facts.ends();
            if (from == null) {
                return Optional.empty();
            }
            return Optional.of(new Period(from, to == null || to.isBefore(from) ? from : to));
        }

        /** Sharing a moment; an event that ends exactly when the other's build-up starts does not overlap. */
        boolean overlaps(Period other) {
            return from.isBefore(other.to) && other.from.isBefore(to) || from.equals(other.from);
        }

        boolean touches(LocalDate day) {
            return !day.isBefore(from.toLocalDate()) && !day.isAfter(lastDay());
        }

        /** The last calendar day used: an event ending at midnight does not use the next day. */
        LocalDate lastDay() {
            LocalDate last = to.minusNanos(1).toLocalDate();
            return last.isBefore(from.toLocalDate()) ? from.toLocalDate() : last;
        }
    }
}

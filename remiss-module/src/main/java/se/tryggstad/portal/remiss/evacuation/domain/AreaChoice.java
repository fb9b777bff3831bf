package se.tryggstad.portal.remiss.evacuation.domain;

import se.tryggstad.portal.remiss.event.EventFacts;
import se.tryggstad.portal.remiss.event.PlaceKind;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which evacuation area an event is in: the arena area when the application says so (the arena flag or the place
 * kind), otherwise the nearest area whose radius covers the event's point; none without a point.
 */
public final class AreaChoice {

    private AreaChoice() {
    }

    public static Optional<EvacuationArea> of(List<EvacuationArea> areas, EventFacts facts) {
        if (facts.arenaArea() || facts.placeKind() == PlaceKind.ARENA_AREA) {
            Optional<EvacuationArea> arena = areas.stream().filter(EvacuationArea::isArena).findFirst();
            if (arena.isPresent()) {
                return arena;
            }
        }
        if (facts.latitude() == null || facts.longitude() == null) {
            return Optional.empty();
        }
        double latitude = facts.latitude();
        double longitude = facts.longitude();
        return areas.stream().filter(area -> area.covers(latitude, longitude))
                .min(Comparator.comparingDouble(area -> area.distanceTo(latitude, longitude)));
    }
}

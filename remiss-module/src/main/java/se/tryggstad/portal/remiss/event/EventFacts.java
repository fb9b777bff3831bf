package se.tryggstad.portal.remiss.event;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/**
 * What an application for an event permit says about the event: the input of the requirement rules, the
 * evacuation check and the conflict check. Holds no personal data. {@code latitude}/{@code longitude} may be
 * null when only an address is known; {@code soundEndsAt} is null without amplified sound.
 */
public record EventFacts(
        EventType type,
        PlaceKind placeKind,
        boolean arenaArea,
        int peakVisitors,
        int totalVisitors,
        boolean alcoholServed,
        boolean ticketed,
        Set<TemporaryStructure> temporaryStructures,
        boolean pyrotechnics,
        boolean foodSales,
        boolean roadClosures,
        boolean amplifiedSound,
        LocalTime soundEndsAt,
        boolean lateHours,
        LocalDateTime buildUpStarts,
        LocalDateTime starts,
        LocalDateTime ends,
        LocalDateTime teardownEnds,
        Double latitude,
        Double longitude) {

    public EventFacts {
        temporaryStructures = temporaryStructures == null ? Set.of() : Set.copyOf(temporaryStructures);
    }
}

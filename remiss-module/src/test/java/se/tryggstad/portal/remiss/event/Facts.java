package se.tryggstad.portal.remiss.event;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** A builder of {@link EventFacts} for tests: a small market on city land unless told otherwise. */
public final class Facts {

    private EventType type = EventType.MARKNAD;
    private PlaceKind placeKind = PlaceKind.CITY_LAND;
    private boolean arenaArea;
    private int peak = 100;
    private int total = 200;
    private boolean alcohol;
    private Set<TemporaryStructure> structures = EnumSet.noneOf(TemporaryStructure.class);
    private boolean pyrotechnics;
    private boolean roadClosures;
    private boolean amplifiedSound;
    private LocalTime soundEndsAt;
    private LocalDateTime buildUp;
    private LocalDateTime starts = LocalDateTime.of(2026, 6, 6, 12, 0);
    private LocalDateTime ends = LocalDateTime.of(2026, 6, 6, 18, 0);
    private LocalDateTime teardown;
    private Double latitude;
    private Double longitude;

    public static Facts event() {
        return new Facts();
    }

    public Facts type(EventType type) { this.type = type; return this; }
    public Facts place(PlaceKind placeKind) { this.placeKind = placeKind; return this; }
    public Facts inArenaArea() { this.arenaArea = true; this.placeKind = PlaceKind.ARENA_AREA; return this; }
    public Facts peak(int peak) { this.peak = peak; this.total = Math.max(total, peak); return this; }
    public Facts alcohol() { this.alcohol = true; return this; }
    public Facts structures(TemporaryStructure... structures) { this.structures = Set.of(structures); return this; }
    public Facts pyrotechnics() { this.pyrotechnics = true; return this; }
    public Facts roadClosures() { this.roadClosures = true; return this; }
    public Facts soundUntil(LocalTime end) { this.amplifiedSound = true; this.soundEndsAt = end; return this; }
    public Facts between(LocalDateTime starts, LocalDateTime ends) { this.starts = starts; this.ends = ends; return this; }
    public Facts buildUpFrom(LocalDateTime buildUp) { this.buildUp = buildUp; return this; }
    public Facts teardownUntil(LocalDateTime teardown) { this.teardown = teardown; return this; }
    public Facts at(double latitude, double longitude) { this.latitude = latitude; this.longitude = longitude; return this; }

    public EventFacts build() {
        return new EventFacts(type, placeKind, arenaArea, peak, total, alcohol, false, structures, pyrotechnics, false,
                roadClosures, amplifiedSound, soundEndsAt, false, buildUp, starts, ends, teardown, latitude, longitude);
    }
}

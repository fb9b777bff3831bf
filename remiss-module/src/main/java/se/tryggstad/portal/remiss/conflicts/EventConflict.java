package se.tryggstad.portal.remiss.conflicts;

/** Why another event conflicts with the one being handled: overlapping nearby, or on an arena event day. */
public record EventConflict(ScheduledEvent other, Kind kind, Double distanceMetres) {

    public enum Kind { NEARBY_OVERLAP, ARENA_EVENT_DAY }
}

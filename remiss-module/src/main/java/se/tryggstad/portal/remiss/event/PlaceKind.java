package se.tryggstad.portal.remiss.event;

/** Whose ground the event is held on; decides which förvaltning's demands apply. */
public enum PlaceKind {
    CITY_LAND, PARK_LAND, STREET, ARENA_AREA, PRIVATE_LAND
}

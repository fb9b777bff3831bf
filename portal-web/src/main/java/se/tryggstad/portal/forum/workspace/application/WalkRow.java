package se.tryggstad.portal.forum.workspace.application;

import java.time.Instant;
import java.util.List;

/** A planned trygghetsvandring: the route as text ({@code lat,lon;…}) and as GeoJSON for the map. */
public record WalkRow(long id, String title, Instant startsAt, String meetingPoint, String route, String routeGeoJson,
                     List<String> invitedOrganisations, String plannedBy) {

    public String invitedText() {
        return String.join(", ", invitedOrganisations);
    }
}

package se.tryggstad.portal.forum.workspace.application;

import java.util.List;

/**
 * A walk as typed: the date and time are local to Solna ({@code 2026-12-03}, {@code 18:30}); the
 * route is {@code lat,lon;lat,lon;…}; invited are member organisations' ids.
 */
public record WalkPlan(String title, String date, String time, String meetingPoint, String route,
                       List<Long> invitedOrganisations) {
}

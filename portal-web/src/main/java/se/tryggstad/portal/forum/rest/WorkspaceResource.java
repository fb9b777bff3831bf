package se.tryggstad.portal.forum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.tryggstad.portal.forum.application.ActionView;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumMeetings;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.application.Handlingsplan;
import se.tryggstad.portal.forum.application.MeetingView;
import se.tryggstad.portal.forum.domain.ActionStatus;
import se.tryggstad.portal.forum.domain.MeetingPlan;
import se.tryggstad.portal.shared.FieldProblem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A forum's members-only workspace: {@code /api/partner/forums/{id}} (the forum), {@code …/actions} (handlingsplan) and
 * {@code …/meetings} (with {@code …/meetings/{m}.ics}). The application services check membership
 * first: another forum answers 404, anonymous callers 401. Times are local Solna time
 * ({@code 2026-12-01T18:00}), dates ISO ({@code 2026-12-31}).
 */
@Path("/partner/forums/{forumId: [0-9]{1,18}}")
@RequestScoped
@RolesAllowed({"PARTNER", "STAFF", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceResource {

    static final ZoneId SOLNA_TIME = ZoneId.of("Europe/Stockholm");

    public record ActionRequest(String title, String description, Long ownerOrganisationId, String dueDate,
                                ActionStatus status) {
    }

    public record CommentRequest(String text) {
    }

    public record MeetingRequest(String title, String startsAt, String endsAt, String place, String agenda) {
    }

    public record RecordRequest(String minutes, Set<Long> attendingOrganisationIds, String publicSummary,
                                boolean publishSummary) {
    }

    @Inject
    ForumAccess access;

    @Inject
    ForumQueries queries;

    @Inject
    Handlingsplan handlingsplan;

    @Inject
    ForumMeetings meetings;

    @Context
    UriInfo uri;

    @PathParam("forumId")
    long forumId;

    /** The forum itself, with its member organisations; 404 for a forum the caller may not read. */
    @GET
    public ForumResponse forum() {
        ForumSummary forum = access.requireMember(forumId);
        return ForumResponse.of(forum, queries.membersOf(forum));
    }

    @GET
    @Path("actions")
    public List<ActionView> actions() {
        return handlingsplan.actionsOf(forumId);
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(@NotNull(message = "Skicka åtgärden.") ActionRequest body) {
        ActionView action = handlingsplan.plan(forumId, body.title(), body.description(), body.ownerOrganisationId(),
                date(body.dueDate()));
        return Response.status(Response.Status.CREATED).entity(action).build();
    }

    @PUT
    @Path("actions/{actionId: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionView revise(@PathParam("actionId") long actionId, @NotNull(message = "Skicka åtgärden.") ActionRequest body) {
        return handlingsplan.revise(forumId, actionId, body.title(), body.description(), body.ownerOrganisationId(),
                date(body.dueDate()), body.status());
    }

    @POST
    @Path("actions/{actionId: [0-9]{1,18}}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionView comment(@PathParam("actionId") long actionId, @NotNull(message = "Skriv en kommentar.") CommentRequest body) {
        return handlingsplan.comment(forumId, actionId, body.text());
    }

    @GET
    @Path("meetings")
    public List<MeetingView> meetings() {
        return meetings.meetingsOf(forumId);
    }

    @POST
    @Path("meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response planMeeting(@NotNull(message = "Skicka mötet.") MeetingRequest body) {
        return Response.status(Response.Status.CREATED).entity(meetings.plan(forumId, plan(body))).build();
    }

    @PUT
    @Path("meetings/{meetingId: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingView replan(@PathParam("meetingId") long meetingId, @NotNull(message = "Skicka mötet.") MeetingRequest body) {
        return meetings.replan(forumId, meetingId, plan(body));
    }

    @PUT
    @Path("meetings/{meetingId: [0-9]{1,18}}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingView record(@PathParam("meetingId") long meetingId,
                              @NotNull(message = "Skicka protokollet.") RecordRequest body) {
        return meetings.record(forumId, meetingId, body.minutes(), body.attendingOrganisationIds(), body.publicSummary(),
                body.publishSummary());
    }

    @GET
    @Path("meetings/{meetingId: [0-9]{1,18}}.ics")
    @Produces({"text/calendar", "application/problem+json", MediaType.APPLICATION_JSON})
    public Response icalendar(@PathParam("meetingId") long meetingId) {
        String ics = meetings.icalendar(forumId, meetingId, uri.getBaseUri().resolve(".."));
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"mote-" + meetingId + ".ics\"").build();
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ForumRejected(ForumRejected.Reason.INVALID, "dueDate", "forum.action.dueDate.invalid");
        }
    }

    static MeetingPlan plan(MeetingRequest body) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant starts = time(body.startsAt(), "startsAt", problems);
        Instant ends = time(body.endsAt(), "endsAt", problems);
        if (!problems.isEmpty()) {
            throw ForumRejected.invalid(problems);
        }
        return new MeetingPlan(body.title(), starts, ends, body.place(), body.agenda());
    }

    private static Instant time(String text, String field, List<FieldProblem> problems) {
        try {
            return text == null ? null : LocalDateTime.parse(text.strip()).atZone(SOLNA_TIME).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "forum.meeting." + field + ".invalid"));
            return null;
        }
    }
}

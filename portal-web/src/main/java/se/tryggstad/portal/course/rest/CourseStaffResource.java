package se.tryggstad.portal.course.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import se.tryggstad.portal.course.application.CourseGroupView;
import se.tryggstad.portal.course.application.CourseQueries;
import se.tryggstad.portal.course.application.CourseService;
import se.tryggstad.portal.course.application.ParticipantView;
import se.tryggstad.portal.course.domain.CourseDetails;
import se.tryggstad.portal.course.domain.EnrolmentStatus;
import se.tryggstad.portal.course.domain.Programme;
import se.tryggstad.portal.shared.rest.Problem;

import java.time.LocalDateTime;
import java.util.List;

/** Staff plan course groups and see and cancel their participants: {@code /api/staff/courses}. */
@Path("/staff/courses")
@RequestScoped
@RolesAllowed("STAFF")
@Produces(MediaType.APPLICATION_JSON)
public class CourseStaffResource {

    /** A group as staff describe it; sessions are weekly from {@code firstSession} (Solna time). */
    public record CourseRequest(Programme programme, String titleSv, String titleEn, String descriptionSv,
                                String descriptionEn, String place, String courseLanguage,
                                LocalDateTime firstSession, int sessionCount, int sessionMinutes, int seats,
                                boolean published) {
        CourseDetails details() {
            return new CourseDetails(programme, titleSv, titleEn, descriptionSv, descriptionEn, place, courseLanguage,
                    firstSession, sessionCount, sessionMinutes, seats);
        }
    }

    /** A group with its numbers. */
    public record StaffCourse(long id, Programme programme, String title, String place, LocalDateTime firstSession,
                              int seats, int booked, int waitlisted, boolean published) {
        static StaffCourse of(CourseGroupView group) {
            return new StaffCourse(group.id(), group.programme(), group.title(), group.place(), group.firstSession(),
                    group.seats(), group.booked(), group.waitlisted(), group.published());
        }
    }

    /** A participant; the personal fields are null once purged. */
    public record Participant(long id, EnrolmentStatus status, int position, String parentName, String email,
                              String phone) {
        static Participant of(ParticipantView view) {
            return new Participant(view.id(), view.status(), view.position(), view.parentName(), view.email(),
                    view.phone());
        }
    }

    @Inject
    CourseService courses;

    @Inject
    CourseQueries queries;

    @GET
    public List<StaffCourse> all() {
        return queries.all().stream().map(StaffCourse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(@NotNull(message = "Skicka kursens uppgifter.") CourseRequest request) {
        CourseGroupView group = courses.plan(request.details(), request.published());
        return Response.created(UriBuilder.fromResource(CourseStaffResource.class).path(String.valueOf(group.id())).build())
                .entity(StaffCourse.of(group)).build();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") long id) {
        return queries.group(id, "sv").map(group -> Response.ok(StaffCourse.of(group)).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "Kursgruppen finns inte.").toResponse());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffCourse describe(@PathParam("id") long id,
                                @NotNull(message = "Skicka kursens uppgifter.") CourseRequest request) {
        return StaffCourse.of(courses.describe(id, request.details(), request.published()));
    }

    @GET
    @Path("{id}/participants")
    public List<Participant> participants(@PathParam("id") long id) {
        return queries.participants(id).stream().map(Participant::of).toList();
    }

    @DELETE
    @Path("{id}/participants/{enrolment}")
    public Response cancel(@PathParam("id") long id, @PathParam("enrolment") long enrolment) {
        courses.cancelByStaff(id, enrolment);
        return Response.noContent().build();
    }
}

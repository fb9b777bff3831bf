package se.tryggstad.portal.course.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.course.application.CourseGroupView;
import se.tryggstad.portal.course.application.CourseQueries;
import se.tryggstad.portal.course.application.CourseService;
import se.tryggstad.portal.course.application.SignUp;
import se.tryggstad.portal.course.application.SignUpResult;
import se.tryggstad.portal.course.domain.EnrolmentStatus;
import se.tryggstad.portal.course.domain.Programme;

import java.time.LocalDateTime;
import java.util.List;

/** Föräldrastöd courses for everyone: {@code /api/courses}, sign-up and cancellation. */
@Path("/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    /** An upcoming group as the public sees it. */
    public record Course(long id, Programme programme, String title, String description, String place,
                         String courseLanguage, List<LocalDateTime> sessions, int sessionMinutes, int seats,
                         int seatsLeft, int waitlisted) {
        static Course of(CourseGroupView group) {
            return new Course(group.id(), group.programme(), group.title(), group.description(), group.place(),
                    group.courseLanguage(), group.sessions(), group.sessionMinutes(), group.seats(), group.seatsLeft(),
                    group.waitlisted());
        }
    }

    /** What a parent sends to sign up; {@code language} (sv or en) decides the language of the mails. */
    public record SignUpRequest(String parentName, String email, String phone, String language, Boolean consent) {
    }

    /** Booked, or waitlisted at {@code position}. */
    public record SignUpResponse(long groupId, EnrolmentStatus status, int position) {
    }

    /** The secret from the confirmation mail. */
    public record CancellationRequest(String token) {
    }

    @Inject
    CourseService courses;

    @Inject
    CourseQueries queries;

    @GET
    public List<Course> upcoming(@QueryParam("lang") @DefaultValue("sv") String language) {
        return queries.upcoming("en".equals(language) ? "en" : "sv").stream().map(Course::of).toList();
    }

    @POST
    @Path("{id}/signups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signUp(@PathParam("id") long groupId,
                           @NotNull(message = "Skicka dina uppgifter.") SignUpRequest request) {
        SignUpResult result = courses.signUp(groupId, new SignUp(request.parentName(), request.email(),
                request.phone(), request.language(), Boolean.TRUE.equals(request.consent())));
        return Response.status(Response.Status.CREATED)
                .entity(new SignUpResponse(result.groupId(), result.status(), result.position())).build();
    }

    @POST
    @Path("cancellations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@NotNull(message = "Skicka koden från ditt mejl.") CancellationRequest request) {
        courses.cancelByToken(request.token());
        return Response.noContent().build();
    }
}

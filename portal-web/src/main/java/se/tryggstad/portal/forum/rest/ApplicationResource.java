package se.tryggstad.portal.forum.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.forum.application.Colleagues;
import se.tryggstad.portal.forum.application.ForumApplications;
import se.tryggstad.portal.forum.domain.ApplicantType;
import se.tryggstad.portal.forum.domain.ApplicationDraft;

import java.util.Set;

/**
 * Public forum endpoints that need no sign-in: an organisation applies to join
 * ({@code POST /api/forum-applications}), and an invited person sets their password
 * ({@code POST /api/forum-invitations/accept}).
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    public record ApplicationRequest(String organisationName, String organisationNumber, ApplicantType type,
                                     String contactName, String contactEmail, String contactPhone, Set<Long> forumIds,
                                     String language) {
    }

    public record Received(long id) {
    }

    public record Acceptance(String token, String password) {
    }

    public record Accepted(String username) {
    }

    @Inject
    ForumApplications applications;

    @Inject
    Colleagues colleagues;

    @Context
    HttpServletRequest request;

    @POST
    @Path("forum-applications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@NotNull(message = "Skicka ansökan.") ApplicationRequest body) {
        long id = applications.apply(new ApplicationDraft(body.organisationName(), body.organisationNumber(), body.type(),
                body.contactName(), body.contactEmail(), body.contactPhone(), body.forumIds(), body.language()),
                request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        return Response.status(Response.Status.CREATED).entity(new Received(id)).build();
    }

    @POST
    @Path("forum-invitations/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Accepted accept(@NotNull(message = "Skicka länkens kod och ett lösenord.") Acceptance body) {
        return new Accepted(colleagues.accept(body.token(), body.password()));
    }
}

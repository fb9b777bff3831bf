package se.tryggstad.portal.forum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.forum.application.Colleague;
import se.tryggstad.portal.forum.application.Colleagues;
import se.tryggstad.portal.forum.application.PendingInvitation;

import java.util.List;

/**
 * A partner's organisation's people: {@code /api/partner/colleagues}. Organisation admins invite and
 * remove colleagues; others may only look (403 otherwise).
 */
@Path("/partner/colleagues")
@RequestScoped
@RolesAllowed("PARTNER")
@Produces(MediaType.APPLICATION_JSON)
public class ColleagueResource {

    public record People(boolean organisationAdmin, List<Colleague> colleagues, List<PendingInvitation> invitations) {
    }

    public record NewColleague(String displayName, String email, String language) {
    }

    @Inject
    Colleagues colleagues;

    @GET
    public People people() {
        return new People(colleagues.callerIsOrganisationAdmin(), colleagues.colleaguesOfCaller(),
                colleagues.pendingOfCaller());
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@NotNull(message = "Skicka kollegans namn och e-post.") NewColleague body) {
        colleagues.inviteColleague(body.displayName(), body.email(), body.language());
        return Response.status(Response.Status.CREATED).build();
    }

    @DELETE
    @Path("{username: [a-z0-9._@-]{3,64}}")
    public Response remove(@PathParam("username") String username) {
        colleagues.removeColleague(username);
        return Response.noContent().build();
    }
}

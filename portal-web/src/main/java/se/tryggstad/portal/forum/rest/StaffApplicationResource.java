package se.tryggstad.portal.forum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.tryggstad.portal.forum.application.ApplicationSummary;
import se.tryggstad.portal.forum.application.ForumApplications;
import se.tryggstad.portal.forum.application.ForumRejected;

import java.util.List;

/** Staff decide applications: {@code /api/staff/forum-applications}; a rejection needs a reason. */
@Path("/staff/forum-applications")
@RequestScoped
@RolesAllowed({"STAFF", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class StaffApplicationResource {

    public record Decision(String reason) {
    }

    @Inject
    ForumApplications applications;

    @GET
    public List<ApplicationSummary> received() {
        return applications.received();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public ApplicationSummary one(@PathParam("id") long id) {
        return applications.find(id).orElseThrow(ForumRejected::notFound);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/verify")
    public ApplicationSummary verify(@PathParam("id") long id) {
        return applications.verify(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationSummary reject(@PathParam("id") long id, Decision body) {
        return applications.reject(id, body == null ? null : body.reason());
    }
}

package se.tryggstad.portal.forum.workspace.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import se.tryggstad.portal.forum.workspace.application.FindingDraft;
import se.tryggstad.portal.forum.workspace.application.FindingRow;
import se.tryggstad.portal.forum.workspace.application.WalkPlan;
import se.tryggstad.portal.forum.workspace.application.WalkRow;
import se.tryggstad.portal.forum.workspace.application.WalkService;

import java.net.URI;
import java.util.List;

/**
 * A forum's trygghetsvandringar: {@code GET}/{@code POST} walks, {@code GET {walkId}} with its
 * findings, {@code POST {walkId}/findings} records a finding, which becomes a report.
 */
@Path("/partner/forums/{forumId: [0-9]{1,18}}/walks")
@RequestScoped
@RolesAllowed({"PARTNER", "STAFF", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class ForumWalkResource {

    @Inject
    WalkService walks;

    public record WalkWithFindings(WalkRow walk, List<FindingRow> findings) {
    }

    @GET
    public List<WalkRow> all(@PathParam("forumId") long forumId) {
        return walks.walks(forumId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(@PathParam("forumId") long forumId, WalkPlan plan) {
        WalkRow row = walks.plan(forumId, plan == null ? new WalkPlan(null, null, null, null, null, null) : plan);
        return Response.created(URI.create("partner/forums/" + forumId + "/walks/" + row.id())).entity(row).build();
    }

    @GET
    @Path("{walkId: [0-9]{1,18}}")
    public WalkWithFindings one(@PathParam("forumId") long forumId, @PathParam("walkId") long walkId,
                                @QueryParam("lang") @DefaultValue("sv") String language) {
        return new WalkWithFindings(walks.walk(forumId, walkId), walks.findings(forumId, walkId, language));
    }

    @POST
    @Path("{walkId: [0-9]{1,18}}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("forumId") long forumId, @PathParam("walkId") long walkId, FindingDraft draft,
                           @QueryParam("lang") @DefaultValue("sv") String language) {
        FindingRow row = walks.recordFinding(forumId, walkId,
                draft == null ? new FindingDraft(null, null, null, null, null) : draft, language);
        return Response.status(Response.Status.CREATED).entity(row).build();
    }
}

package se.tryggstad.portal.forum.rest;

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
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumService;
import se.tryggstad.portal.forum.application.ForumSummary;

import java.util.List;

/** Staff found and describe forums and admit or dismiss member organisations: {@code /api/staff/forums}. */
@Path("/staff/forums")
@RequestScoped
@RolesAllowed({"STAFF", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class StaffForumResource {

    public record Admission(@NotNull(message = "Ange organisationens id.") Long organisationId) {
    }

    @Inject
    ForumService forums;

    @Inject
    ForumQueries queries;

    @GET
    public List<ForumResponse> all() {
        return queries.all().stream().map(this::response).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response found(@NotNull(message = "Skicka forumets uppgifter.") ForumRequest request) {
        ForumSummary forum = forums.found(request.toDetails());
        return Response.created(UriBuilder.fromResource(StaffForumResource.class).path(String.valueOf(forum.id())).build())
                .entity(response(forum)).build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ForumResponse describe(@PathParam("id") long id,
                                  @NotNull(message = "Skicka forumets uppgifter.") ForumRequest request) {
        return response(forums.describe(id, request.toDetails()));
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public ForumResponse admit(@PathParam("id") long id,
                               @jakarta.validation.Valid @NotNull(message = "Ange organisationens id.") Admission admission) {
        return response(forums.admit(id, admission.organisationId()));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}/members/{organisationId: [0-9]{1,18}}")
    public ForumResponse dismiss(@PathParam("id") long id, @PathParam("organisationId") long organisationId) {
        return response(forums.dismiss(id, organisationId));
    }

    private ForumResponse response(ForumSummary forum) {
        return ForumResponse.of(forum, queries.membersOf(forum));
    }
}

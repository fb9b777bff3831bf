package se.tryggstad.portal.forum.workspace.rest;

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
import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.forum.workspace.application.ThreadRow;
import se.tryggstad.portal.forum.workspace.application.ThreadService;

import java.net.URI;
import java.util.List;

/**
 * A forum's threads: {@code GET} all, {@code POST} a new one {@code {"title","body"}}, {@code GET
 * {threadId}}, {@code POST {threadId}/posts {"body"}}.
 */
@Path("/partner/forums/{forumId: [0-9]{1,18}}/threads")
@RequestScoped
@RolesAllowed({"PARTNER", "STAFF", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class ForumThreadResource {

    @Inject
    ThreadService threads;

    public record ThreadRequest(String title, String body) {
    }

    @GET
    public List<ThreadRow> all(@PathParam("forumId") long forumId) {
        return threads.threads(forumId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("forumId") long forumId, ThreadRequest request) {
        ThreadRequest body = request == null ? new ThreadRequest(null, null) : request;
        ThreadRow row = threads.start(forumId, body.title(), body.body());
        return Response.created(URI.create("partner/forums/" + forumId + "/threads/" + row.id())).entity(row).build();
    }

    @GET
    @Path("{threadId: [0-9]{1,18}}")
    public ThreadRow one(@PathParam("forumId") long forumId, @PathParam("threadId") long threadId) {
        return threads.thread(forumId, threadId);
    }

    @POST
    @Path("{threadId: [0-9]{1,18}}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("forumId") long forumId, @PathParam("threadId") long threadId,
                          ThreadRequest request) {
        ThreadRow row = threads.reply(forumId, threadId, request == null ? null : request.body());
        return Response.status(Response.Status.CREATED).entity(row).build();
    }
}

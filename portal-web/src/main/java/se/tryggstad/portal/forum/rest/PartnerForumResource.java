package se.tryggstad.portal.forum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumSummary;

import java.util.List;

/**
 * The members' side: {@code /api/partner/forums} lists the forums the caller's organisation is a
 * member of (staff: all); a forum the caller may not read answers 404, as if it did not exist.
 */
@Path("/partner/forums")
@RequestScoped
@RolesAllowed({"PARTNER", "STAFF", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class PartnerForumResource {

    @Inject
    ForumAccess access;

    @Inject
    ForumQueries queries;

    @GET
    public List<ForumResponse> mine() {
        return access.forumsOfCaller().stream().map(forum -> ForumResponse.of(forum, queries.membersOf(forum))).toList();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public ForumResponse one(@PathParam("id") long id) {
        ForumSummary forum = access.requireMember(id);
        return ForumResponse.of(forum, queries.membersOf(forum));
    }
}

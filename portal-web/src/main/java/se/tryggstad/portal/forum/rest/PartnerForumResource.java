package se.tryggstad.portal.forum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumQueries;

import java.util.List;

/**
 * The members' side: {@code /api/partner/forums} lists the forums the caller's organisation is a
 * member of (staff: all). One forum and its workspace are {@link WorkspaceResource}.
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
}

package se.tryggstad.portal.forum.workspace.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.workspace.application.SituationService;
import se.tryggstad.portal.forum.workspace.application.SituationService.Situation;

/**
 * {@code GET /api/partner/forums/{id}/situation?from=&to=&category=&status=&per=week|month}: the area
 * lägesbild of a platssamverkan (404 for a forum without an area, or one the caller may not read).
 */
@Path("/partner/forums/{forumId: [0-9]{1,18}}/situation")
@RequestScoped
@RolesAllowed({"PARTNER", "STAFF", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class ForumSituationResource {

    @Inject
    SituationService situations;

    @GET
    public Situation situation(@PathParam("forumId") long forumId, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("category") String category,
                               @QueryParam("status") String status, @QueryParam("per") @DefaultValue("week") String per,
                               @QueryParam("lang") @DefaultValue("sv") String language) {
        return situations.situation(forumId, from, to, category, status, "month".equals(per),
                "en".equals(language) ? "en" : "sv").orElseThrow(ForumRejected::notFound);
    }
}

package se.tryggstad.portal.finder.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.tryggstad.portal.finder.SearchIndexStartup;
import se.tryggstad.portal.search.api.SearchIndexAdministration;
import se.tryggstad.portal.search.api.SearchIndexAdministration.ParkedChange;
import se.tryggstad.portal.search.api.SearchIndexAdministration.RebuildProgress;
import se.tryggstad.portal.shared.rest.Problem;

import java.util.List;

/**
 * The search index for administrators: {@code GET /api/admin/search-index} shows the state,
 * {@code POST /api/admin/search-index/rebuild} rebuilds it from the database.
 */
@Path("/admin/search-index")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexAdminResource {

    /** The index's state: a rebuild's progress and the changes that keep failing. */
    public record IndexState(boolean needsRebuild, RebuildProgress rebuild, List<ParkedChange> parked) {
    }

    @Inject
    SearchIndexAdministration administration;

    @Inject
    SearchIndexStartup sources;

    @GET
    @Operation(summary = "The search index's rebuild progress and parked changes")
    public IndexState state() {
        return new IndexState(administration.needsRebuild(), administration.progress(), administration.parkedChanges());
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Rebuild the search index from the database, without downtime")
    public Response rebuild() {
        if (!administration.startRebuild(sources.allSources())) {
            return Problem.of(Response.Status.CONFLICT, "En ombyggnad av sökindexet pågår redan.").toResponse();
        }
        return Response.accepted(administration.progress()).build();
    }
}

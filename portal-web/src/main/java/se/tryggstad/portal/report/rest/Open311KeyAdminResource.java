package se.tryggstad.portal.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
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
import se.tryggstad.portal.report.application.ApiKeyView;
import se.tryggstad.portal.report.application.IssuedApiKey;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.ReportService;

import java.util.List;

/**
 * Admins issue and revoke the keys Open311 clients file reports with: {@code /api/admin/open311-keys}.
 * A new key is shown in the response once; only its hash is stored.
 */
@Path("/admin/open311-keys")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class Open311KeyAdminResource {

    public record KeyRequest(String clientName) {
    }

    @Inject
    ReportService reports;

    @Inject
    ReportQueries queries;

    @Inject
    SecurityContext security;

    @GET
    public List<ApiKeyView> all() {
        return queries.apiKeys();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@NotNull(message = "Skicka klientens namn.") KeyRequest body) {
        IssuedApiKey issued = reports.issueApiKey(body.clientName(), security.getCallerPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    public Response revoke(@PathParam("id") long id) {
        reports.revokeApiKey(id);
        return Response.noContent().build();
    }
}

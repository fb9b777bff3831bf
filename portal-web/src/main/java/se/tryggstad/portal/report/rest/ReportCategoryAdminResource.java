package se.tryggstad.portal.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.report.application.AdminCategory;
import se.tryggstad.portal.report.application.ReportAdministration;
import se.tryggstad.portal.report.application.ReportHandlingQueries;
import se.tryggstad.portal.report.domain.ReportRejected;

import java.util.List;

/**
 * Administrators edit report categories and the förvaltning each belongs to:
 * {@code /api/admin/report-categories}. Inactive categories leave the form and Open311's services;
 * reports filed under them keep them.
 */
@Path("/admin/report-categories")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class ReportCategoryAdminResource {

    public record CategoryRequest(String code, String nameSv, String nameEn, String descriptionSv,
                                  String descriptionEn, String department, Boolean active, Long version) {

        ReportAdministration.CategoryInput input() {
            return new ReportAdministration.CategoryInput(nameSv, nameEn, descriptionSv, descriptionEn, department,
                    !Boolean.FALSE.equals(active));
        }
    }

    @Inject
    ReportAdministration administration;

    @Inject
    ReportHandlingQueries queries;

    @Inject
    SecurityContext security;

    @GET
    public List<AdminCategory> all() {
        return queries.adminCategories();
    }

    @GET
    @Path("{code: [a-z0-9-]{1,40}}")
    public AdminCategory one(@PathParam("code") String code) {
        return queries.adminCategory(code).orElseThrow(ReportRejected::notFound);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "Skicka kategorin.") CategoryRequest body) {
        AdminCategory created = administration.createCategory(body.code(), body.input(),
                security.getCallerPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{code: [a-z0-9-]{1,40}}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminCategory edit(@PathParam("code") String code, @NotNull(message = "Skicka kategorin.") CategoryRequest body) {
        return administration.editCategory(code, body.version(), body.input(), security.getCallerPrincipal().getName());
    }
}

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.report.application.ReportAdministration;
import se.tryggstad.portal.report.application.ReportHandlingQueries;
import se.tryggstad.portal.report.application.TemplateView;

import java.util.List;

/** Staff and admins keep the answer templates: {@code /api/staff/answer-templates}. */
@Path("/staff/answer-templates")
@RequestScoped
@RolesAllowed({"STAFF", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class AnswerTemplateResource {

    public record TemplateRequest(String title, String textSv, String textEn, Long version) {
    }

    @Inject
    ReportAdministration administration;

    @Inject
    ReportHandlingQueries queries;

    @Inject
    SecurityContext security;

    @GET
    public List<TemplateView> all() {
        return queries.templates();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "Skicka mallen.") TemplateRequest body) {
        TemplateView created = administration.createTemplate(body.title(), body.textSv(), body.textEn(),
                security.getCallerPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TemplateView edit(@PathParam("id") long id, @NotNull(message = "Skicka mallen.") TemplateRequest body) {
        return administration.editTemplate(id, body.version(), body.title(), body.textSv(), body.textEn(),
                security.getCallerPrincipal().getName());
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    public Response delete(@PathParam("id") long id) {
        administration.deleteTemplate(id);
        return Response.noContent().build();
    }
}

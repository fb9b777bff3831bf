package se.tryggstad.portal.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
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
import se.tryggstad.portal.report.application.ReportHandling;
import se.tryggstad.portal.report.application.ReportHandlingQueries;
import se.tryggstad.portal.report.application.ReportPage;
import se.tryggstad.portal.report.application.ReportPhotoQueries;
import se.tryggstad.portal.report.application.StaffHandling;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.domain.ReportRejected;

/**
 * Staff handle reports beyond their status: {@code /api/staff/report-handling}. The list includes
 * unpublished reports and filters by förvaltning, person or "mine"; per report: assign, merge into
 * another report, unpublish, republish, redact the description, and photos of any report. Every
 * change takes the version the staff member saw (a stale one is 409) and is logged with who and when.
 */
@Path("/staff/report-handling")
@RequestScoped
@RolesAllowed("STAFF")
@Produces(MediaType.APPLICATION_JSON)
public class ReportHandlingResource {

    public record AssignRequest(String department, String assignee, Long version) {
    }

    public record MergeRequest(String original, String publicAnswer, Long version) {
    }

    public record VersionRequest(Long version) {
    }

    public record RedactRequest(String description, Long version) {
    }

    @Inject
    ReportHandling handling;

    @Inject
    ReportHandlingQueries queries;

    @Inject
    ReportPhotoQueries photos;

    @Inject
    SecurityContext security;

    @GET
    public ReportPage list(@QueryParam("category") String category, @QueryParam("status") String status,
                           @QueryParam("department") String department, @QueryParam("assignee") String assignee,
                           @QueryParam("mine") @DefaultValue("false") boolean mine,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw ReportRejected.invalid("size", "report.list.paging");
        }
        return queries.listForStaff(ReportFilter.of(ReportResource.blankToNull(category),
                ReportResource.statusOf(status), page * size, size), department, mine ? caller() : assignee, "sv");
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public StaffHandling one(@PathParam("id") long id) {
        return queries.handling(id).orElseThrow(ReportRejected::notFound);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffHandling assign(@PathParam("id") long id, @NotNull(message = "Skicka en förvaltning.") AssignRequest body) {
        handling.assign(id, body.version(), body.department(), body.assignee(), caller());
        return one(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffHandling merge(@PathParam("id") long id, @NotNull(message = "Skicka rapporten att slå ihop med.") MergeRequest body) {
        handling.merge(id, body.version(), body.original(), body.publicAnswer(), caller());
        return one(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/unpublish")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffHandling unpublish(@PathParam("id") long id, VersionRequest body) {
        handling.unpublish(id, body == null ? null : body.version(), caller());
        return one(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/republish")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffHandling republish(@PathParam("id") long id, VersionRequest body) {
        handling.republish(id, body == null ? null : body.version(), caller());
        return one(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/redact")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffHandling redact(@PathParam("id") long id, @NotNull(message = "Skicka den nya texten.") RedactRequest body) {
        handling.redact(id, body.version(), body.description(), caller());
        return one(id);
    }

    /** Photo number {@code n} of any report, also an unpublished one; never cached by shared caches. */
    @GET
    @Path("{id: [0-9]{1,18}}/photos/{n: [0-9]{1,3}}")
    @Produces("image/jpeg")
    public Response photo(@PathParam("id") long id, @PathParam("n") int sequence) {
        byte[] jpeg = photos.staffPhoto(id, sequence).orElseThrow(ReportRejected::notFound);
        return Response.ok(jpeg, "image/jpeg").header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}

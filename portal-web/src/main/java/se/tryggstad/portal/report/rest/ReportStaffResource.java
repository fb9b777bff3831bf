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
import se.tryggstad.portal.report.application.ReportHandlingQueries;
import se.tryggstad.portal.report.application.ReportPage;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.ReportService;
import se.tryggstad.portal.report.application.StaffReport;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.domain.ReportRejected;

/** Staff triage reports: {@code /api/staff/reports}. Every change records who made it and when. */
@Path("/staff/reports")
@RequestScoped
@RolesAllowed("STAFF")
@Produces(MediaType.APPLICATION_JSON)
public class ReportStaffResource {

    /** A new status with the answer the public sees, and optionally an internal note. */
    public record StatusRequest(String status, String publicAnswer, String note, Long version) {
    }

    @Inject
    ReportService reports;

    @Inject
    ReportQueries queries;

    /** The staff list includes unpublished reports. */
    @Inject
    ReportHandlingQueries handlingQueries;

    @Inject
    SecurityContext security;

    @GET
    public ReportPage list(@QueryParam("category") String category, @QueryParam("status") String status,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw ReportRejected.invalid("size", "report.list.paging");
        }
        return handlingQueries.listForStaff(ReportFilter.of(ReportResource.blankToNull(category),
                ReportResource.statusOf(status), page * size, size), null, null, "sv");
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public StaffReport one(@PathParam("id") long id) {
        return queries.forStaff(id, "sv").orElseThrow(ReportRejected::notFound);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffReport changeStatus(@PathParam("id") long id,
                                    @NotNull(message = "Skicka en status.") StatusRequest body) {
        if (ReportResource.statusOf(body.status()) == null) {
            throw ReportRejected.invalid("status", "report.status.required");
        }
        reports.changeStatus(id, body.version(), ReportResource.statusOf(body.status()), body.publicAnswer(),
                body.note(), security.getCallerPrincipal().getName());
        return one(id);
    }
}

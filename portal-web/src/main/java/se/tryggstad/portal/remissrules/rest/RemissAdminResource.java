package se.tryggstad.portal.remissrules.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import se.tryggstad.portal.remiss.conflicts.ArenaDayRejected;
import se.tryggstad.portal.remiss.conflicts.ArenaDayView;
import se.tryggstad.portal.remiss.conflicts.ArenaEventDays;
import se.tryggstad.portal.remiss.evacuation.AreaSummary;
import se.tryggstad.portal.remiss.evacuation.EvacuationAreas;
import se.tryggstad.portal.remiss.evacuation.EvacuationCheck;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.Rejection;
import se.tryggstad.portal.shared.rest.RejectionProblems;

import java.time.LocalDate;
import java.util.List;

/**
 * Administrators keep the data of the remiss checks: the arena's event days ({@code /api/admin/arena-event-days})
 * and which exits of an evacuation area are open ({@code /api/admin/evacuation-areas}).
 */
@Path("/admin")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class RemissAdminResource {

    /** A new arena event day. */
    public record ArenaDayRequest(LocalDate day, String name) {
    }

    /** Open or close an exit, with the area's version as read. */
    public record ExitRequest(boolean open, long expectedVersion) {
    }

    @Inject
    ArenaEventDays arenaDays;

    @Inject
    EvacuationCheck evacuation;

    @Inject
    EvacuationAreas areas;

    @GET
    @Path("arena-event-days")
    public List<ArenaDayView> arenaDays() {
        return arenaDays.all();
    }

    @POST
    @Path("arena-event-days")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addArenaDay(@NotNull(message = "Skicka dag och namn.") ArenaDayRequest request) {
        try {
            return Response.status(Response.Status.CREATED).entity(arenaDays.add(request.day(), request.name())).build();
        } catch (ArenaDayRejected rejected) {
            return RejectionProblems.response(RemissChecksRejected.of(rejected));
        }
    }

    @DELETE
    @Path("arena-event-days/{id: [0-9]{1,18}}")
    public Response removeArenaDay(@PathParam("id") long id) {
        try {
            arenaDays.remove(id);
            return Response.noContent().build();
        } catch (ArenaDayRejected rejected) {
            return RejectionProblems.response(RemissChecksRejected.of(rejected));
        }
    }

    @GET
    @Path("evacuation-areas")
    public List<AreaSummary> areas() {
        return evacuation.areas();
    }

    @PUT
    @Path("evacuation-areas/{id: [0-9]{1,18}}/exits/{exit: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setExitOpen(@PathParam("id") long id, @PathParam("exit") long exit,
                                @NotNull(message = "Skicka öppen/stängd och version.") ExitRequest request) {
        if (!areas.setExitOpen(id, exit, request.open(), request.expectedVersion())) {
            return RejectionProblems.response(new RemissChecksRejected(Rejection.Reason.CONFLICT,
                    List.of(new FieldProblem("", "remissregel.evacuation.error.exitChanged"))));
        }
        return Response.noContent().build();
    }
}

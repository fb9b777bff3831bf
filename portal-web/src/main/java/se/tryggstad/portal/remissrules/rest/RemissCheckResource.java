package se.tryggstad.portal.remissrules.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import se.tryggstad.portal.remiss.conflicts.ConflictCheck;
import se.tryggstad.portal.remiss.conflicts.EventConflict;
import se.tryggstad.portal.remiss.conflicts.ScheduledEvent;
import se.tryggstad.portal.remiss.evacuation.AreaSummary;
import se.tryggstad.portal.remiss.evacuation.EvacuationCheck;
import se.tryggstad.portal.remiss.event.EventFacts;
import se.tryggstad.portal.remiss.requirements.ProposedVillkor;
import se.tryggstad.portal.remiss.requirements.RequirementEngine;
import se.tryggstad.portal.shared.rest.RejectionProblems;

import java.util.List;

/**
 * The remiss checks for handlers, on facts they send: {@code /api/staff/remiss-checks}: proposed villkor, the
 * evacuation check of an event or of a crowd in an area, and conflicts with other events.
 */
@Path("/staff/remiss-checks")
@RequestScoped
@RolesAllowed({"REMISS_HANDLER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class RemissCheckResource {

    /** An event and the others it may conflict with. */
    public record ConflictRequest(EventFacts event, List<ScheduledEvent> others) {
    }

    @Inject
    RequirementEngine engine;

    @Inject
    EvacuationCheck evacuation;

    @Inject
    ConflictCheck conflicts;

    @POST
    @Path("villkor")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ProposedVillkor> villkor(@NotNull(message = "Skicka evenemangets uppgifter.") EventFacts facts) {
        return engine.propose(facts);
    }

    /** The evacuation check of an event; 204 when its place has no evacuation area. */
    @POST
    @Path("evacuation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response evacuation(@NotNull(message = "Skicka evenemangets uppgifter.") EventFacts facts) {
        return evacuation.calculate(facts).map(found -> Response.ok(found).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("evacuation-areas")
    public List<AreaSummary> areas() {
        return evacuation.areas();
    }

    @GET
    @Path("evacuation-areas/{id: [0-9]{1,18}}/calculation")
    public Response calculation(@PathParam("id") long id,
                                @QueryParam("crowd") @NotNull(message = "Ange antal personer.")
                                @Min(value = 0, message = "Antalet kan inte vara negativt.")
                                @Max(value = 1_000_000, message = "Högst 1 000 000 personer.") Integer crowd,
                                @QueryParam("alcohol") @DefaultValue("false") boolean alcohol,
                                @QueryParam("reserve") @DefaultValue("false") boolean withClosedExits) {
        return evacuation.calculate(id, crowd, alcohol, withClosedExits).map(found -> Response.ok(found).build())
                .orElseGet(() -> RejectionProblems.response(RemissChecksRejected.notFound("id",
                        "remissregel.evacuation.error.area")));
    }

    @POST
    @Path("conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<EventConflict> conflicts(@NotNull(message = "Skicka evenemangets uppgifter.") ConflictRequest request) {
        if (request.event() == null) {
            throw new jakarta.ws.rs.BadRequestException("event");
        }
        return conflicts.conflicts(request.event(), request.others() == null ? List.of() : request.others());
    }
}

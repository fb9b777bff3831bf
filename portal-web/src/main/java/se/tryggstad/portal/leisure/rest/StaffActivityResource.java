package se.tryggstad.portal.leisure.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import se.tryggstad.portal.leisure.application.ActivityView;
import se.tryggstad.portal.leisure.application.Actor;
import se.tryggstad.portal.leisure.application.LeisureCatalogue;
import se.tryggstad.portal.leisure.application.LeisureQueries;

import java.util.List;

/** Staff review and write activities: {@code /api/staff/activities}. */
@Path("/staff/activities")
@RequestScoped
@RolesAllowed("STAFF")
@Produces(MediaType.APPLICATION_JSON)
public class StaffActivityResource {

    /** Why an activity is turned down; shown to its organiser. */
    public record Rejection(String reason) {
    }

    @Inject
    LeisureCatalogue catalogue;

    @Inject
    LeisureQueries queries;

    @Context
    SecurityContext security;

    /** Submitted activities waiting for review, oldest first. */
    @GET
    @Path("submitted")
    public List<ActivityView> awaitingReview() {
        return queries.awaitingReview();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public Response one(@PathParam("id") long id) {
        return queries.forEditing(actor(), id).map(activity -> Response.ok(activity).build())
                .orElseGet(ActivityResource::notFound);
    }

    /** A city activity: public at once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "Skicka aktivitetens uppgifter.") ActivityRequest request) {
        ActivityView created = catalogue.create(actor(), request.toDetails());
        return Response.created(UriBuilder.fromResource(StaffActivityResource.class)
                .path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActivityView edit(@PathParam("id") long id,
                             @NotNull(message = "Skicka aktivitetens uppgifter.") ActivityRequest request) {
        return catalogue.edit(actor(), id, request.toDetails());
    }

    @POST
    @Path("{id: [0-9]{1,18}}/approve")
    public ActivityView approve(@PathParam("id") long id) {
        return catalogue.approve(actor(), id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActivityView reject(@PathParam("id") long id,
                               @NotNull(message = "Ange varför aktiviteten avvisas.") Rejection rejection) {
        return catalogue.reject(actor(), id, rejection.reason());
    }

    private Actor actor() {
        return catalogue.actor(security.getUserPrincipal().getName(), true);
    }
}

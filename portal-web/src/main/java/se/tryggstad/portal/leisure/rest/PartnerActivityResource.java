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

/**
 * Partners manage their organisation's activities: {@code /api/partner/activities}. Another
 * organisation's activity answers 404, as if it did not exist.
 */
@Path("/partner/activities")
@RequestScoped
@RolesAllowed("PARTNER")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerActivityResource {

    @Inject
    LeisureCatalogue catalogue;

    @Inject
    LeisureQueries queries;

    @Context
    SecurityContext security;

    @GET
    public List<ActivityView> mine() {
        return queries.ofActor(actor());
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public Response one(@PathParam("id") long id) {
        return queries.forEditing(actor(), id).map(activity -> Response.ok(activity).build())
                .orElseGet(ActivityResource::notFound);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "Skicka aktivitetens uppgifter.") ActivityRequest request) {
        ActivityView created = catalogue.create(actor(), request.toDetails());
        return Response.created(UriBuilder.fromResource(PartnerActivityResource.class)
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
    @Path("{id: [0-9]{1,18}}/submit")
    public ActivityView submit(@PathParam("id") long id) {
        return catalogue.submit(actor(), id);
    }

    private Actor actor() {
        return catalogue.actor(security.getUserPrincipal().getName(), false);
    }
}

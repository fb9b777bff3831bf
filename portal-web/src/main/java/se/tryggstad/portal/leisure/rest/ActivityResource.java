package se.tryggstad.portal.leisure.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.tryggstad.portal.leisure.application.ActivityView;
import se.tryggstad.portal.leisure.application.LeisureQueries;
import se.tryggstad.portal.shared.rest.Problem;

import java.util.List;

/** The public fritidsutbud: {@code GET /api/activities} with filters, one activity, and its iCal form. */
@Path("/activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    static final String ICAL = "text/calendar; charset=UTF-8";

    @Inject
    LeisureQueries queries;

    @Context
    UriInfo uri;

    @GET
    public List<ActivityView> list(@BeanParam FilterParameters filters) {
        return queries.publicActivities(filters.toRequest().toFilter());
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public Response one(@PathParam("id") long id) {
        return queries.publicActivity(id).map(activity -> Response.ok(activity).build())
                .orElseGet(ActivityResource::notFound);
    }

    @GET
    @Path("{id: [0-9]{1,18}}.ics")
    @Produces({ICAL, Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response icalendar(@PathParam("id") long id, @QueryParam("lang") String language) {
        return queries.icalendar(id, portalRoot(uri), language)
                .map(ics -> Response.ok(ics, ICAL).header("Content-Disposition",
                        "attachment; filename=\"aktivitet-" + id + ".ics\"").build())
                .orElseGet(ActivityResource::notFound);
    }

    static java.net.URI portalRoot(UriInfo uri) {
        return uri.getBaseUri().resolve("..");
    }

    static Response notFound() {
        return Problem.of(Response.Status.NOT_FOUND, "Aktiviteten finns inte.").toResponse();
    }
}

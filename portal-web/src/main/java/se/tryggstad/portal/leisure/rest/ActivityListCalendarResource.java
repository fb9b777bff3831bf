package se.tryggstad.portal.leisure.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.tryggstad.portal.leisure.application.LeisureQueries;
import se.tryggstad.portal.shared.rest.Problem;

/** {@code GET /api/activities.ics?filters}: the filtered public list as one calendar to subscribe to. */
@Path("/activities.ics")
@RequestScoped
public class ActivityListCalendarResource {

    @Inject
    LeisureQueries queries;

    @Context
    UriInfo uri;

    @GET
    @Produces({ActivityResource.ICAL, Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response icalendar(@BeanParam FilterParameters filters, @QueryParam("lang") String language) {
        String ics = queries.icalendar(filters.toRequest().toFilter(), ActivityResource.portalRoot(uri), language);
        return Response.ok(ics, ActivityResource.ICAL)
                .header("Content-Disposition", "attachment; filename=\"fritid-solna.ics\"").build();
    }
}

package se.tryggstad.portal.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.tryggstad.portal.report.application.Lagesbild;
import se.tryggstad.portal.report.application.LagesbildQueries;

import java.time.Clock;

/** {@code GET /api/staff/lagesbild}: the figures of the lägesbild for the filters in {@link LagesbildParams}. */
@Path("/staff/lagesbild")
@RequestScoped
@RolesAllowed("STAFF")
@Produces(MediaType.APPLICATION_JSON)
public class LagesbildResource {

    @Inject
    LagesbildQueries queries;

    @Inject
    Clock clock;

    @GET
    public Lagesbild lagesbild(@BeanParam LagesbildParams params) {
        return queries.lagesbild(params.filter(clock), "sv", LagesbildQueries.statusNames(), "");
    }
}

package se.tryggstad.portal.report.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.report.application.MapPoint;
import se.tryggstad.portal.report.application.ReportMapQueries;
import se.tryggstad.portal.report.domain.ReportFilter;

/**
 * The points of the public report map, {@code /api/reports/map} as GeoJSON (RFC 7946): published
 * reports with a position, filtered like the list; only reference, category, place and status.
 */
@Path("/reports/map")
@RequestScoped
public class ReportMapResource {

    @Inject
    ReportMapQueries queries;

    @GET
    @Produces({"application/geo+json", "application/json"})
    public Response points(@QueryParam("category") String category, @QueryParam("status") String status,
                             @QueryParam("lang") String language) {
        String lang = ReportResource.languageOf(language);
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (MapPoint point : queries.points(ReportFilter.of(ReportResource.blankToNull(category),
                ReportResource.statusOf(status), 0, ReportMapQueries.MAX_POINTS), lang)) {
            features.add(Json.createObjectBuilder().add("type", "Feature")
                    .add("geometry", Json.createObjectBuilder().add("type", "Point")
                            .add("coordinates", Json.createArrayBuilder().add(point.longitude()).add(point.latitude())))
                    .add("properties", Json.createObjectBuilder().add("reference", point.reference())
                            .add("categoryName", point.categoryName()).add("place", point.place())
                            .add("status", point.status().name())));
        }
        JsonObject collection = Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features)
                .build();
        return Response.ok(collection.toString(), "application/geo+json").build();
    }
}

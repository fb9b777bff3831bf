package se.tryggstad.portal.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import se.tryggstad.portal.report.application.ExportRow;
import se.tryggstad.portal.report.application.LagesbildFilter;
import se.tryggstad.portal.report.application.LagesbildQueries;

import java.time.Clock;
import java.util.List;

/**
 * {@code GET /api/staff/reports/export.csv} and {@code export.geojson}: the reports the lägesbild's
 * filters select, as a download. Never contact details, tracking tokens, descriptions or internal notes.
 * (Its own root path, more specific than {@code /staff/reports}, so JAX-RS picks it for these two.)
 */
@Path("/staff/reports/export.{format: csv|geojson}")
@RequestScoped
@RolesAllowed("STAFF")
public class ReportExportResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String GEOJSON = "application/geo+json";

    @Inject
    LagesbildQueries queries;

    @Inject
    Clock clock;

    @GET
    public Response export(@PathParam("format") String format, @BeanParam LagesbildParams params) {
        LagesbildFilter filter = params.filter(clock);
        List<ExportRow> rows = queries.export(filter, "sv");
        boolean csv = "csv".equals(format);
        StreamingOutput body = csv ? out -> ReportCsv.write(rows, out) : out -> ReportGeoJson.write(rows, out);
        return Response.ok(body, csv ? CSV : GEOJSON)
                .header("Content-Disposition", "attachment; filename=\"rapporter-" + filter.from() + "-"
                        + filter.to() + "." + format + "\"")
                .header("Cache-Control", "no-store").build();
    }
}

package se.tryggstad.portal.bench.floor;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code POST /bench-write-floor/reports}: the portal's report JSON in, the report's rows written in
 * one JTA transaction on the portal's datasource, {@code 201} with the id out. Nothing checked.
 */
@Path("reports")
@ApplicationScoped
public class ReportInsertResource {

    /** The fields of the portal's report JSON that the rows need; JSON-B skips the others. */
    public record Submission(String category, double latitude, double longitude, String place, String description) {
    }

    public record Inserted(long id) {
    }

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response insert(Submission submission) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long id = ReportRows.insert(connection, "floor", submission.category(), submission.latitude(),
                    submission.longitude(), submission.place(), submission.description());
            return Response.status(Response.Status.CREATED).entity(new Inserted(id)).build();
        }
    }
}

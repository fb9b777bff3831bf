package se.tryggstad.portal.shared.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Is the portal up, and can it reach its database? For load balancers and the run profile. */
@Path("/health")
@RequestScoped
public class HealthResource {

    /** What {@code GET /api/health} answers. */
    public record Health(String status, String database) {
    }

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean databaseUp;
        try (Connection connection = dataSource.getConnection()) {
            databaseUp = connection.isValid(2);
        } catch (SQLException e) {
            databaseUp = false;
        }
        return databaseUp
                ? Response.ok(new Health("UP", "UP")).build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(new Health("DOWN", "DOWN")).build();
    }
}

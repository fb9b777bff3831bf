package se.tryggstad.portal.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: logged with an incident id, answered with that id and nothing of the
 * internals.
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        return internalError(exception);
    }

    static Response internalError(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Något gick fel hos oss. Ange incident " + incident + " om du kontaktar oss.").toResponse();
    }
}

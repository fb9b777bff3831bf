package se.tryggstad.portal.shared.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON we expect is the client's mistake: 400, not 500. */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.of(Response.Status.BAD_REQUEST, "Innehållet är inte giltig JSON av rätt form.").toResponse();
    }

    /** JSON-B's own failures, when the runtime does not wrap them. */
    @Provider
    public static class JsonbFailure implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException exception) {
            return Problem.of(Response.Status.BAD_REQUEST, "Innehållet är inte giltig JSON av rätt form.").toResponse();
        }
    }
}

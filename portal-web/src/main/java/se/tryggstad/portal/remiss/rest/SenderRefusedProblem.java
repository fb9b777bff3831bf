package se.tryggstad.portal.remiss.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.tryggstad.portal.remiss.application.SenderRefused;
import se.tryggstad.portal.shared.rest.Problem;

/** A remiss posted without a valid sender key (and not by signed-in remiss staff): 401. */
@Provider
public class SenderRefusedProblem implements ExceptionMapper<SenderRefused> {

    @Override
    public Response toResponse(SenderRefused refused) {
        return Problem.of(Response.Status.UNAUTHORIZED,
                "Ange en giltig API-nyckel i huvudet X-Api-Key, eller logga in som remisshandläggare.").toResponse();
    }
}

package se.tryggstad.portal.remiss.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.tryggstad.portal.remiss.domain.RemissRejected;
import se.tryggstad.portal.shared.rest.RejectionProblems;

/** Hands remiss-module's refusals to the shared problem+json mapping; no mapping of its own. */
@Provider
public class RemissRejectedProblems implements ExceptionMapper<RemissRejected> {

    @Override
    public Response toResponse(RemissRejected rejected) {
        return RejectionProblems.response(new RemissRefusal(rejected));
    }
}

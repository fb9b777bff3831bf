package se.tryggstad.portal.shared.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404, 405, 406, 415 and the other client errors the runtime raises, as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (exception instanceof ForbiddenException && (security == null || security.getUserPrincipal() == null)) {
            return Problem.of(Response.Status.UNAUTHORIZED, "Logga in för att använda detta.").toResponse();
        }
        Response.StatusType status = original.getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return ServerErrorMapper.internalError(exception);
        }
        Response.ResponseBuilder problem = Response.fromResponse(Problem.of(status, detailFor(status)).toResponse());
        String allow = original.getHeaderString("Allow");
        if (allow != null) {
            problem.header("Allow", allow);
        }
        return problem.build();
    }

    private static String detailFor(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 400 -> "Förfrågan kunde inte tolkas.";
            case 401 -> "Logga in för att använda detta.";
            case 403 -> "Du har inte behörighet till detta.";
            case 404 -> "Det finns inget här.";
            case 405 -> "Metoden stöds inte här.";
            case 406 -> "Svaret kan inte ges i det format som begärdes.";
            case 415 -> "Skicka JSON (application/json).";
            default -> status.getReasonPhrase();
        };
    }
}

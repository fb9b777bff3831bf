package se.tryggstad.portal.report.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import se.tryggstad.portal.report.application.ApiKeyRefused;
import se.tryggstad.portal.report.domain.ReportRejected;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every Open311 error in the spec's shape, {@code [{"code":400,"description":"…"}]} or
 * {@code <errors><error>…</error></errors>}, in the format the path asked for, with the HTTP status
 * in {@code code}: 400 bad input, 403 missing or wrong api_key, 404 unknown service or request.
 * Registered only in {@link Open311Api}.
 */
public class Open311Errors implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(Open311Errors.class.getName());

    /** A request Open311 refuses, with the status and what to tell the client. */
    static class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Response.Status status;

        Failure(Response.Status status, String description) {
            super(description);
            this.status = status;
        }
    }

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof Failure failure) {
            return error(failure.status, failure.getMessage());
        }
        if (exception instanceof ApiKeyRefused) {
            return error(Response.Status.FORBIDDEN, "api_key was not provided or is not valid");
        }
        if (exception instanceof ReportRejected rejected) {
            String message = ResourceBundle.getBundle("se.tryggstad.portal.i18n.messages", Locale.ENGLISH)
                    .getString(rejected.messageKey());
            return switch (rejected.reason()) {
                case INVALID -> error(Response.Status.BAD_REQUEST, open311Name(rejected.field()) + ": " + message);
                case NOT_FOUND -> error(Response.Status.NOT_FOUND, message);
                case CONFLICT -> error(Response.Status.CONFLICT, message);
                case FORBIDDEN -> error(Response.Status.FORBIDDEN, message);
            };
        }
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            return error(status == null ? Response.Status.BAD_REQUEST : status,
                    status == Response.Status.NOT_FOUND ? "no such resource" : web.getMessage());
        }
        LOG.log(Level.SEVERE, "Open311 request failed", exception);
        return error(Response.Status.INTERNAL_SERVER_ERROR, "internal error");
    }

    private static String open311Name(String field) {
        if (field == null || field.isEmpty()) {
            return "request";
        }
        return switch (field) {
            case "category" -> "service_code";
            case "latitude" -> "lat";
            case "longitude" -> "long";
            case "place" -> "address_string";
            default -> field;
        };
    }

    private Response error(Response.Status status, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status.getStatusCode());
        error.put("description", description);
        String format = uri != null && uri.getPath().endsWith(".xml") ? "xml" : "json";
        return Open311Format.list(status, format, "errors", "error", List.of(error));
    }
}

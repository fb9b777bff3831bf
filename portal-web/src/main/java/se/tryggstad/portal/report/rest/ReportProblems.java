package se.tryggstad.portal.report.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.shared.rest.Problem;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** A refused report request as the problem a client can act on: 400 at the field, 404, or 409. */
@Provider
public class ReportProblems implements ExceptionMapper<ReportRejected> {

    static String message(String key) {
        return ResourceBundle.getBundle("se.tryggstad.portal.i18n.messages", Locale.forLanguageTag("sv")).getString(key);
    }

    @Override
    public Response toResponse(ReportRejected rejected) {
        String message = message(rejected.messageKey());
        return switch (rejected.reason()) {
            case INVALID -> Problem.invalid("Några uppgifter saknas eller är fel.",
                    List.of(new Problem.FieldError(rejected.field(), message))).toResponse();
            case CONFLICT -> Problem.of(Response.Status.CONFLICT, message).toResponse();
            case NOT_FOUND -> Problem.of(Response.Status.NOT_FOUND, message).toResponse();
        };
    }
}

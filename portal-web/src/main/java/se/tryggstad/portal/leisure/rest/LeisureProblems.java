package se.tryggstad.portal.leisure.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.tryggstad.portal.leisure.application.LeisureRejected;
import se.tryggstad.portal.leisure.domain.FieldProblem;
import se.tryggstad.portal.shared.rest.Problem;

import java.util.Locale;
import java.util.ResourceBundle;

/** A rejected leisure request as the problem a client can act on: 400 with the fields, 403, 404 or 409. */
@Provider
public class LeisureProblems implements ExceptionMapper<LeisureRejected> {

    @Override
    public Response toResponse(LeisureRejected rejected) {
        return switch (rejected.reason()) {
            case INVALID -> Problem.invalid("Några uppgifter saknas eller är fel.", rejected.problems().stream()
                    .map(problem -> new Problem.FieldError(problem.field(), text(problem))).toList()).toResponse();
            case CONFLICT -> Problem.of(Response.Status.CONFLICT, first(rejected)).toResponse();
            case FORBIDDEN -> Problem.of(Response.Status.FORBIDDEN, first(rejected)).toResponse();
            case NOT_FOUND -> Problem.of(Response.Status.NOT_FOUND, first(rejected)).toResponse();
        };
    }

    private static String first(LeisureRejected rejected) {
        return rejected.problems().isEmpty() ? "" : text(rejected.problems().get(0));
    }

    private static String text(FieldProblem problem) {
        return ResourceBundle.getBundle("se.tryggstad.portal.i18n.messages", Locale.forLanguageTag("sv"))
                .getString(problem.messageKey());
    }
}

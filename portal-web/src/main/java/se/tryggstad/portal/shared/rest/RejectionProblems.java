package se.tryggstad.portal.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.Rejection;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Any context's refused request as the problem a client can act on: 400 with the fields at fault,
 * 403, 404 or 409, in Swedish (the API's language).
 */
@Provider
public class RejectionProblems implements ExceptionMapper<Rejection> {

    private static final String INVALID_DETAIL = "Några uppgifter saknas eller är fel.";

    @Override
    public Response toResponse(Rejection rejection) {
        return response(rejection);
    }

    public static Response response(Rejection rejection) {
        return switch (rejection.reason()) {
            case INVALID -> invalid(rejection.problems());
            case CONFLICT -> Problem.of(Response.Status.CONFLICT, text(rejection.problems().get(0))).toResponse();
            case FORBIDDEN -> Problem.of(Response.Status.FORBIDDEN, text(rejection.problems().get(0))).toResponse();
            case NOT_FOUND -> Problem.of(Response.Status.NOT_FOUND, text(rejection.problems().get(0))).toResponse();
        };
    }

    private static Response invalid(List<FieldProblem> problems) {
        List<Problem.FieldError> atFields = problems.stream().filter(problem -> !problem.field().isEmpty())
                .map(problem -> new Problem.FieldError(problem.field(), text(problem))).toList();
        if (atFields.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, text(problems.get(0))).toResponse();
        }
        return Problem.invalid(INVALID_DETAIL, atFields).toResponse();
    }

    private static String text(FieldProblem problem) {
        return ResourceBundle.getBundle("se.tryggstad.portal.i18n.messages", Locale.forLanguageTag("sv"))
                .getString(problem.messageKey());
    }
}

package se.tryggstad.portal.course.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.tryggstad.portal.course.domain.CourseRejected;
import se.tryggstad.portal.shared.rest.Problem;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** A refused course request as the problem a client can act on: 400 at the field, 404, or 409. */
@Provider
public class CourseProblems implements ExceptionMapper<CourseRejected> {

    @Override
    public Response toResponse(CourseRejected rejected) {
        String message = ResourceBundle.getBundle("se.tryggstad.portal.i18n.messages", Locale.forLanguageTag("sv"))
                .getString(rejected.messageKey());
        return switch (rejected.reason()) {
            case INVALID -> Problem.invalid("Några uppgifter saknas eller är fel.",
                    List.of(new Problem.FieldError(rejected.field(), message))).toResponse();
            case CONFLICT -> Problem.of(Response.Status.CONFLICT, message).toResponse();
            case NOT_FOUND -> Problem.of(Response.Status.NOT_FOUND, message).toResponse();
        };
    }
}

package se.tryggstad.portal.report.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.tryggstad.portal.report.application.SubmitLimited;
import se.tryggstad.portal.shared.rest.Problem;

import java.util.Locale;
import java.util.ResourceBundle;

/** Too many submissions from one address: 429 with {@code Retry-After} in seconds. */
@Provider
public class SubmitLimitedProblem implements ExceptionMapper<SubmitLimited> {

    @Override
    public Response toResponse(SubmitLimited limited) {
        return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS,
                        ResourceBundle.getBundle("se.tryggstad.portal.i18n.messages", Locale.forLanguageTag("sv"))
                                .getString("report.rateLimited")).toResponse())
                .header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds()).build();
    }
}

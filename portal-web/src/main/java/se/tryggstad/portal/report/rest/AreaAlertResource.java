package se.tryggstad.portal.report.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import se.tryggstad.portal.report.application.AreaAlertService;
import se.tryggstad.portal.report.domain.ReportRejected;

/**
 * Area alerts (bevakning), no account: {@code /api/report-alerts}. Subscribing only sends the
 * confirmation mail; the confirm and unsubscribe secrets come from the mails.
 */
@Path("/report-alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AreaAlertResource {

    /**
     * {@code radius} in metres: 250, 500 or 1000; {@code category} empty for all categories. Refused input
     * answers problem+json 400; too many subscriptions from one client 429 with Retry-After. With
     * {@code district} (a code of the districts file) the alert covers that whole district instead of a point
     * and radius.
     */
    public record AlertRequest(String email, Double latitude, Double longitude, Integer radius, String category,
                               String district,
                               String language) {
    }

    public record AlertAnswer(String status) {
    }

    @Inject
    AreaAlertService alerts;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(@NotNull(message = "Skicka bevakningen.") AlertRequest body) {
        if (body.district() != null && !body.district().isBlank()) {
            alerts.subscribeToDistrict(body.email(), body.district(), body.category(),
                    ReportResource.languageOf(body.language()), request.getRemoteAddr(),
                    request.getHeader("X-Forwarded-For"));
            return Response.accepted(new AlertAnswer("CONFIRMATION_SENT")).build();
        }
        alerts.subscribe(body.email(), body.latitude(), body.longitude(), body.radius(), body.category(),
                ReportResource.languageOf(body.language()), request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        return Response.accepted(new AlertAnswer("CONFIRMATION_SENT")).build();
    }

    @POST
    @Path("confirm")
    public AlertAnswer confirm(@QueryParam("token") String token) {
        if (!alerts.confirm(token)) {
            throw new ReportRejected(ReportRejected.Reason.NOT_FOUND, "token", "report.alert.link.unknown");
        }
        return new AlertAnswer("CONFIRMED");
    }

    /** One click from a mail program (RFC 8058 {@code List-Unsubscribe-Post}) or any client. */
    @POST
    @Path("unsubscribe")
    public AlertAnswer unsubscribe(@QueryParam("token") String token) {
        if (!alerts.unsubscribe(token)) {
            throw new ReportRejected(ReportRejected.Reason.NOT_FOUND, "token", "report.alert.link.unknown");
        }
        return new AlertAnswer("UNSUBSCRIBED");
    }

    /** A plain visit never unsubscribes (link scanners open links): it leads to the page with the button. */
    @GET
    @Path("unsubscribe")
    public Response unsubscribePage(@QueryParam("token") String token) {
        return Response.seeOther(UriBuilder.fromPath("../bevakning.xhtml").queryParam("avsluta",
                token == null ? "" : token).build()).build();
    }
}

package se.tryggstad.portal.remiss.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import se.tryggstad.portal.remiss.application.FileContent;
import se.tryggstad.portal.remiss.application.Registered;
import se.tryggstad.portal.remiss.application.RemissChecks;
import se.tryggstad.portal.remiss.application.RemissDetail;
import se.tryggstad.portal.remiss.application.RemissFilter;
import se.tryggstad.portal.remiss.application.RemissQueries;
import se.tryggstad.portal.remiss.application.RemissRow;
import se.tryggstad.portal.remiss.application.RemissService;
import se.tryggstad.portal.remiss.application.RemissStatistics;
import se.tryggstad.portal.remiss.application.SenderRefused;
import se.tryggstad.portal.remiss.application.SentYttrande;
import se.tryggstad.portal.remiss.domain.Forvaltning;
import se.tryggstad.portal.remiss.domain.RemissRejected;
import se.tryggstad.portal.remiss.domain.RemissStatus;
import se.tryggstad.portal.remiss.mail.RemissMailer;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Remisser: {@code POST /api/remisser} registers one, for a sender with an API key in {@code X-Api-Key} or for
 * signed-in remiss staff; everything else is for REMISS_HANDLER and ADMIN only (plain STAFF gets 403).
 */
@Path("/remisser")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RemissResource {

    static final String HANDLERS = "REMISS_HANDLER";
    static final String ADMIN = "ADMIN";

    public record RegisteredResponse(long id, String diarienummer) {
    }

    public record RemissList(long total, List<RemissRow> remisser) {
    }

    public record StatusRequest(String status) {
    }

    public record ConsultationRequest(String forvaltning, String question, LocalDate dueOn) {
    }

    public record AnswerRequest(String answer) {
    }

    public record VillkorRequest(String ruleKey, String text) {
    }

    public record IdResponse(long id) {
    }

    public record YttrandeResponse(long id, int number, String sha256, String sentTo) {
    }

    @Inject
    RemissService remisser;

    @Inject
    RemissQueries queries;

    @Inject
    RemissMailer mailer;

    @Inject
    SecurityContext security;

    /** Unlike Jakarta Security's, the servlet request has no principal for an anonymous caller. */
    @Context
    HttpServletRequest servletRequest;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@HeaderParam("X-Api-Key") String apiKey,
                             @NotNull(message = "Skicka remissens uppgifter.") RemissRequest request) {
        Registered registered;
        if (apiKey != null && !apiKey.isBlank()) {
            registered = remisser.registerWithKey(request.application(), request.uploads(), apiKey,
                    request.portalProblems());
        } else if (isHandler()) {
            registered = remisser.register(request.application(), request.uploads(),
                    security.getCallerPrincipal().getName(), request.portalProblems());
        } else if (servletRequest.getUserPrincipal() != null) {
            throw RemissRejected.forbidden("remiss.onlyHandlers");
        } else {
            throw new SenderRefused();
        }
        return Response.created(URI.create("/api/remisser/" + registered.id()))
                .entity(new RegisteredResponse(registered.id(), registered.diarienummer())).build();
    }

    private boolean isHandler() {
        return servletRequest.getUserPrincipal() != null
                && (servletRequest.isUserInRole(HANDLERS) || servletRequest.isUserInRole(ADMIN));
    }

    @GET
    @RolesAllowed({HANDLERS, ADMIN})
    public RemissList list(@QueryParam("status") String status, @QueryParam("typ") String type,
                           @QueryParam("q") String text, @QueryParam("due") String due) {
        RemissFilter.Due urgency = parseDue(due);
        List<RemissRow> rows = queries.list(new RemissFilter(status, type, text, urgency));
        return new RemissList(queries.count(), rows);
    }

    private static RemissFilter.Due parseDue(String due) {
        if (due == null || due.isBlank()) {
            return RemissFilter.Due.ALL;
        }
        try {
            return RemissFilter.Due.valueOf(due.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw RemissRejected.invalid("due", "remiss.filter.due.unknown");
        }
    }

    @GET
    @Path("statistics")
    @RolesAllowed({HANDLERS, ADMIN})
    public RemissStatistics statistics() {
        return queries.statistics();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @RolesAllowed({HANDLERS, ADMIN})
    public RemissDetail one(@PathParam("id") long id) {
        return queries.detail(id).orElseThrow(RemissRejected::notFound);
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @RolesAllowed({HANDLERS, ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public RemissDetail change(@PathParam("id") long id, @NotNull(message = "Skicka remissens uppgifter.") RemissRequest request) {
        if (request.version() == null) {
            throw RemissRejected.invalid("version", "remiss.required");
        }
        remisser.change(id, request.version(), request.application(), caller(), request.portalProblems());
        return one(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/status")
    @RolesAllowed({HANDLERS, ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public RemissDetail move(@PathParam("id") long id, @NotNull(message = "Ange status.") StatusRequest request) {
        remisser.moveTo(id, enumOf(RemissStatus.class, request.status(), "status"), caller());
        return one(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/consultations")
    @RolesAllowed({HANDLERS, ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response consult(@PathParam("id") long id, @NotNull(message = "Ange frågan.") ConsultationRequest request) {
        long created = remisser.askConsultation(id, enumOf(Forvaltning.class, request.forvaltning(), "forvaltning"),
                request.question(), request.dueOn(), caller());
        return Response.status(Response.Status.CREATED).entity(new IdResponse(created)).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/consultations/{consultation: [0-9]{1,18}}/answer")
    @RolesAllowed({HANDLERS, ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public RemissDetail answer(@PathParam("id") long id, @PathParam("consultation") long consultation,
                               @NotNull(message = "Ange svaret.") AnswerRequest request) {
        remisser.answerConsultation(consultation, request.answer(), caller());
        return one(id);
    }

    @GET
    @Path("{id: [0-9]{1,18}}/checks")
    @RolesAllowed({HANDLERS, ADMIN})
    public RemissChecks checks(@PathParam("id") long id) {
        return queries.checks(id);
    }

    /** Accepts a rule's proposal ({@code ruleKey}) or adds a handler's own villkor ({@code text}). */
    @POST
    @Path("{id: [0-9]{1,18}}/villkor")
    @RolesAllowed({HANDLERS, ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addVillkor(@PathParam("id") long id, @NotNull(message = "Ange villkoret.") VillkorRequest request) {
        long created = request.ruleKey() != null && !request.ruleKey().isBlank()
                ? remisser.acceptProposal(id, request.ruleKey().strip(), caller())
                : remisser.addVillkor(id, request.text(), caller());
        return Response.status(Response.Status.CREATED).entity(new IdResponse(created)).build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/villkor/{villkor: [0-9]{1,18}}")
    @RolesAllowed({HANDLERS, ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public RemissDetail editVillkor(@PathParam("id") long id, @PathParam("villkor") long villkor,
                                    @NotNull(message = "Ange villkoret.") VillkorRequest request) {
        remisser.editVillkor(villkor, request.text(), caller());
        return one(id);
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}/villkor/{villkor: [0-9]{1,18}}")
    @RolesAllowed({HANDLERS, ADMIN})
    public Response removeVillkor(@PathParam("id") long id, @PathParam("villkor") long villkor) {
        remisser.removeVillkor(villkor, caller());
        return Response.noContent().build();
    }

    /** Sends the reviewed yttrande: stored immutable with its SHA-256, then mailed to the police. */
    @POST
    @Path("{id: [0-9]{1,18}}/yttranden")
    @RolesAllowed({HANDLERS, ADMIN})
    public Response sendYttrande(@PathParam("id") long id) {
        SentYttrande sent = remisser.sendYttrande(id, caller());
        mailer.mailToPolice(sent);
        return Response.created(URI.create("/api/remisser/" + id + "/yttranden/" + sent.yttrandeId() + ".pdf"))
                .entity(new YttrandeResponse(sent.yttrandeId(), sent.number(), sent.sha256(), sent.policeEmail())).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/yttranden/{yttrande: [0-9]{1,18}}.pdf")
    @RolesAllowed({HANDLERS, ADMIN})
    @Produces("application/pdf")
    public Response yttrande(@PathParam("id") long id, @PathParam("yttrande") long yttrande) {
        return file(queries.yttrandePdf(id, yttrande).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("{id: [0-9]{1,18}}/attachments/{attachment: [0-9]{1,18}}")
    @RolesAllowed({HANDLERS, ADMIN})
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        return file(queries.attachment(id, attachment).orElseThrow(NotFoundException::new));
    }

    static Response file(FileContent file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String field) {
        if (name == null || name.isBlank()) {
            throw RemissRejected.invalid(field, "remiss.required");
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw RemissRejected.invalid(field, "remiss.value.unknown");
        }
    }
}

package se.tryggstad.portal.remissrules.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import se.tryggstad.portal.remiss.requirements.RequirementRules;
import se.tryggstad.portal.remiss.requirements.RuleDetails;
import se.tryggstad.portal.remiss.requirements.RuleRejected;
import se.tryggstad.portal.remiss.requirements.RuleRow;
import se.tryggstad.portal.remiss.requirements.domain.ClauseInput;
import se.tryggstad.portal.remiss.requirements.domain.RuleInput;
import se.tryggstad.portal.shared.rest.RejectionProblems;

import java.util.List;
import java.util.function.Supplier;

/**
 * Administrators keep the requirement rules of the remiss context: {@code /api/admin/remiss-rules}. An edit is saved
 * as the rule's next version; the old versions stay readable.
 */
@Path("/admin/remiss-rules")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class RemissRuleAdminResource {

    /** A rule's content as the client sends it; {@code key} only when creating, {@code expectedVersion} when editing. */
    public record RuleRequest(String key, Long expectedVersion, String title, List<ClauseInput> clauses, String textSv,
                              String textEn, Integer visitorsPerUnit, Integer visitorsPerUnitWithAlcohol) {

        RuleInput input() {
            return new RuleInput(title, clauses, textSv, textEn, visitorsPerUnit, visitorsPerUnitWithAlcohol);
        }
    }

    /** The version the client read, for deactivate/activate. */
    public record VersionRequest(long expectedVersion) {
    }

    @Inject
    RequirementRules rules;

    @Context
    SecurityContext security;

    @GET
    public List<RuleRow> list() {
        return rules.all();
    }

    @GET
    @Path("{key}")
    public Response one(@PathParam("key") String key) {
        return rules.rule(key).map(found -> Response.ok(found).build()).orElseGet(RemissRuleAdminResource::notFound);
    }

    @GET
    @Path("{key}/versions/{number: [0-9]{1,9}}")
    public Response version(@PathParam("key") String key, @PathParam("number") int number) {
        return rules.version(key, number).map(found -> Response.ok(found).build())
                .orElseGet(RemissRuleAdminResource::notFound);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "Skicka regelns uppgifter.") RuleRequest request) {
        return refusalsAsProblems(() -> {
            RuleDetails created = rules.create(request.key(), request.input(), author());
            return Response.created(UriBuilder.fromResource(RemissRuleAdminResource.class).path(created.rule().key())
                    .build()).entity(created).build();
        });
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("key") String key, @NotNull(message = "Skicka regelns uppgifter.") RuleRequest request) {
        return refusalsAsProblems(() -> Response.ok(rules.revise(key,
                request.expectedVersion() == null ? -1 : request.expectedVersion(), request.input(), author())).build());
    }

    @POST
    @Path("{key}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deactivate(@PathParam("key") String key, @NotNull VersionRequest request) {
        return refusalsAsProblems(() -> Response.ok(rules.deactivate(key, request.expectedVersion())).build());
    }

    @POST
    @Path("{key}/activate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response activate(@PathParam("key") String key, @NotNull VersionRequest request) {
        return refusalsAsProblems(() -> Response.ok(rules.activate(key, request.expectedVersion())).build());
    }

    private String author() {
        return security.getUserPrincipal() == null ? "system" : security.getUserPrincipal().getName();
    }

    private static Response notFound() {
        return RejectionProblems.response(RemissChecksRejected.notFound("key", "remissregel.error.notFound"));
    }

    private static Response refusalsAsProblems(Supplier<Response> action) {
        try {
            return action.get();
        } catch (RuleRejected rejected) {
            return RejectionProblems.response(RemissChecksRejected.of(rejected));
        }
    }
}

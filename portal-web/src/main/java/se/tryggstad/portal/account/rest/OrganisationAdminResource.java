package se.tryggstad.portal.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import se.tryggstad.portal.account.application.AccountRejected;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.account.domain.OrganisationKind;
import se.tryggstad.portal.shared.rest.RejectionProblems;

import java.util.List;

/** Administrators register partner organisations and attach partner accounts: {@code /api/admin/organisations}. */
@Path("/admin/organisations")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationAdminResource {

    /** A new organisation as the client sends it. */
    public record CreateOrganisation(@NotBlank(message = "Ange namn.") String name,
                                     @NotBlank(message = "Ange organisationsnummer.") String organisationNumber,
                                     @NotNull(message = "Ange typ av organisation.") OrganisationKind kind) {
    }

    /** Which account to attach. */
    public record Membership(@NotBlank(message = "Ange användarnamn.") String username) {
    }

    @Inject
    OrganisationService organisations;

    @GET
    public List<OrganisationSummary> list() {
        return organisations.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "Skicka organisationens uppgifter.") CreateOrganisation request) {
        try {
            OrganisationSummary created = organisations.register(request.name(), request.organisationNumber(),
                    request.kind());
            return Response.created(UriBuilder.fromResource(OrganisationAdminResource.class)
                    .path(String.valueOf(created.id())).build()).entity(created).build();
        } catch (AccountRejected rejected) {
            return RejectionProblems.response(rejected);
        }
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public Response one(@PathParam("id") long id) {
        return organisations.find(id).map(found -> Response.ok(found).build())
                .orElseGet(() -> RejectionProblems.response(new AccountRejected(AccountRejected.Reason.NOT_FOUND, "id",
                        "organisation.notFound")));
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attach(@PathParam("id") long id,
                           @Valid @NotNull(message = "Skicka användarnamn.") Membership membership) {
        try {
            organisations.attachMember(membership.username(), id);
            return Response.noContent().build();
        } catch (AccountRejected rejected) {
            return RejectionProblems.response(rejected);
        }
    }
}

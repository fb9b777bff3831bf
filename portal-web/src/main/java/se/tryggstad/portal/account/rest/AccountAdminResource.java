package se.tryggstad.portal.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.account.application.AccountRejected;
import se.tryggstad.portal.account.application.AccountService;
import se.tryggstad.portal.account.application.AccountSummary;
import se.tryggstad.portal.account.application.NewAccount;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.shared.rest.Problem;
import se.tryggstad.portal.shared.rest.RejectionProblems;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Administrators manage accounts: {@code /api/admin/accounts}. */
@Path("/admin/accounts")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AccountAdminResource {

    /** A new account as the client sends it. */
    public record CreateAccount(
            @NotBlank(message = "Ange användarnamn.")
            @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}", message = "3–64 tecken: a–z, 0–9 och . _ - @.")
            String username,
            @NotBlank(message = "Ange namn.") @Size(max = 120, message = "Högst 120 tecken.") String displayName,
            @NotNull(message = "Ange lösenord.") @Size(min = 12, max = 128, message = "12–128 tecken.") String password,
            @NotNull(message = "Ange roller (kan vara tom).") Set<Role> roles) {
    }

    /** New roles for an account. */
    public record RoleAssignment(@NotNull(message = "Ange roller (kan vara tom).") Set<Role> roles) {
    }

    /** An account as the API shows it. */
    public record AccountView(String username, String displayName, Set<Role> roles, boolean active,
                              Instant createdAt) {
        static AccountView of(AccountSummary summary) {
            return new AccountView(summary.username(), summary.displayName(), summary.roles(), summary.active(),
                    summary.createdAt());
        }
    }

    @Inject
    AccountService accounts;

    @Inject
    AccountQueries queries;

    @GET
    public List<AccountView> list() {
        return queries.all().stream().map(AccountView::of).toList();
    }

    @GET
    @Path("{username}")
    public Response one(@PathParam("username") String username) {
        return queries.find(username)
                .map(summary -> Response.ok(AccountView.of(summary)).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "Kontot finns inte.").toResponse());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "Skicka kontots uppgifter.") CreateAccount request) {
        try {
            AccountSummary created = accounts.open(new NewAccount(request.username(), request.displayName(),
                    request.password(), request.roles()));
            return Response.created(UriBuilder.fromResource(AccountAdminResource.class).path(created.username()).build())
                    .entity(AccountView.of(created)).build();
        } catch (AccountRejected rejected) {
            return RejectionProblems.response(rejected);
        }
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assignRoles(@PathParam("username") String username,
                                @Valid @NotNull(message = "Skicka roller.") RoleAssignment assignment) {
        try {
            return Response.ok(AccountView.of(accounts.assignRoles(username, assignment.roles()))).build();
        } catch (AccountRejected rejected) {
            return RejectionProblems.response(rejected);
        }
    }
}

package se.tryggstad.portal.account.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.shared.rest.Problem;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Sign in and out for API clients; the session cookie then carries the identity. */
@Path("/session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** What a client sends to sign in. */
    public record SignIn(
            @NotBlank(message = "Ange användarnamn.") @Size(max = 64, message = "Högst 64 tecken.") String username,
            @NotBlank(message = "Ange lösenord.") @Size(max = 128, message = "Högst 128 tecken.") String password) {
    }

    /** Who is signed in. */
    public record SignedIn(String username, Set<Role> roles) {
    }

    @Inject
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(@Valid @NotNull(message = "Skicka användarnamn och lösenord.") SignIn signIn) {
        UsernamePasswordCredential credential = new UsernamePasswordCredential(
                signIn.username().strip().toLowerCase(java.util.Locale.ROOT), new Password(signIn.password()));
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS || security.getCallerPrincipal() == null) {
            return Problem.of(Response.Status.UNAUTHORIZED, "Fel användarnamn eller lösenord.").toResponse();
        }
        request.changeSessionId();
        return Response.ok(current()).build();
    }

    @GET
    public Response whoAmI() {
        if (security.getCallerPrincipal() == null) {
            return Problem.of(Response.Status.UNAUTHORIZED, "Du är inte inloggad.").toResponse();
        }
        return Response.ok(current()).build();
    }

    @DELETE
    public Response signOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    private SignedIn current() {
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> security.isCallerInRole(role.name()))
                .collect(Collectors.toUnmodifiableSet());
        return new SignedIn(security.getCallerPrincipal().getName(), roles);
    }
}

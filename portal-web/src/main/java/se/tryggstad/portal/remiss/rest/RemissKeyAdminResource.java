package se.tryggstad.portal.remiss.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.remiss.application.IssuedSenderKey;
import se.tryggstad.portal.remiss.application.RemissQueries;
import se.tryggstad.portal.remiss.application.RemissService;
import se.tryggstad.portal.remiss.application.SenderKeyView;

import java.util.List;

/**
 * Admins issue and revoke the keys that remiss senders (a police region, an integration) post with:
 * {@code /api/admin/remiss-keys}, like the Open311 keys. A new key is shown once; only its SHA-256 is stored.
 */
@Path("/admin/remiss-keys")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class RemissKeyAdminResource {

    public record KeyRequest(String senderName) {
    }

    @Inject
    RemissService remisser;

    @Inject
    RemissQueries queries;

    @Inject
    SecurityContext security;

    @GET
    public List<SenderKeyView> all() {
        return queries.senderKeys();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@NotNull(message = "Skicka avsändarens namn.") KeyRequest body) {
        IssuedSenderKey issued = remisser.issueSenderKey(body.senderName(), security.getCallerPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    public Response revoke(@PathParam("id") long id) {
        remisser.revokeSenderKey(id);
        return Response.noContent().build();
    }
}

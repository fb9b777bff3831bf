package se.tryggstad.portal.forum.workspace.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.workspace.application.DigestService;
import se.tryggstad.portal.shared.Rejection;

/**
 * {@code POST /api/forum-digests/unsubscribe?token=}: the one-click unsubscribe of a digest mail
 * (RFC 8058), for anyone holding the token, once. Unknown or used tokens answer 404.
 */
@Path("/forum-digests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ForumDigestResource {

    @Inject
    DigestService digests;

    public record Unsubscribed(boolean unsubscribed) {
    }

    @POST
    @Path("unsubscribe")
    @PermitAll
    public Unsubscribed unsubscribe(@QueryParam("token") String token) {
        if (!digests.unsubscribe(token)) {
            throw new ForumRejected(Rejection.Reason.NOT_FOUND, "token", "forum.post.digest.unsubscribe.unknown");
        }
        return new Unsubscribed(true);
    }
}

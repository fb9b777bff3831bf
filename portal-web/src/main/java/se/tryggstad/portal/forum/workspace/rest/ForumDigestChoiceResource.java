package se.tryggstad.portal.forum.workspace.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.workspace.application.DigestChoice;
import se.tryggstad.portal.forum.workspace.application.ThreadService;
import se.tryggstad.portal.forum.workspace.domain.DigestFrequency;
import se.tryggstad.portal.shared.Rejection;

/**
 * The caller's e-mail digest of a forum's new posts: {@code GET} and {@code PUT
 * {"frequency":"NONE|DAILY|WEEKLY","email","language"}}.
 */
@Path("/partner/forums/{forumId: [0-9]{1,18}}/digest")
@RequestScoped
@RolesAllowed({"PARTNER", "STAFF", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class ForumDigestChoiceResource {

    @Inject
    ThreadService threads;

    public record DigestRequest(String frequency, String email, String language) {
    }

    @GET
    public DigestChoice digest(@PathParam("forumId") long forumId) {
        return threads.digestChoice(forumId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public DigestChoice chooseDigest(@PathParam("forumId") long forumId, DigestRequest request) {
        DigestFrequency frequency;
        try {
            frequency = DigestFrequency.valueOf(request == null || request.frequency() == null ? "" : request.frequency());
        } catch (IllegalArgumentException unknown) {
            threads.digestChoice(forumId); // a non-member learns nothing: 404 before 400
            throw new ForumRejected(Rejection.Reason.INVALID, "frequency", "forum.post.digest.frequencyRequired");
        }
        return threads.chooseDigest(forumId, frequency, request.email(), request.language());
    }
}

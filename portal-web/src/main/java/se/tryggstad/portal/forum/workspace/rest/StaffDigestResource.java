package se.tryggstad.portal.forum.workspace.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.workspace.application.DigestJob;
import se.tryggstad.portal.shared.Rejection;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /api/staff/forum-digests?at=}: staff run the digest job now, as if it were {@code at}
 * (ISO instant, default now), e.g. to check the mail without waiting for the morning timer.
 */
@Path("/staff/forum-digests")
@RequestScoped
@RolesAllowed({"STAFF", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class StaffDigestResource {

    @Inject
    DigestJob job;

    public record Run(int sent) {
    }

    @POST
    public Run run(@QueryParam("at") String at) {
        Instant when;
        try {
            when = at == null || at.isBlank() ? Instant.now() : Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new ForumRejected(Rejection.Reason.INVALID, "at", "forum.post.digest.at");
        }
        return new Run(job.sendDue(when));
    }
}

package se.tryggstad.portal.forum.application;

import java.time.Instant;

/** An invitation not yet used: to whom, and until when the link works. */
public record PendingInvitation(String displayName, String email, Instant expiresAt) {
}

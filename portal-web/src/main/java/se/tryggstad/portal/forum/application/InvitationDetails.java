package se.tryggstad.portal.forum.application;

/** What the set-password page shows for an open invitation. */
public record InvitationDetails(String displayName, String username, String organisationName) {
}

package se.tryggstad.portal.forum.workspace.domain;

/** Who wrote or uploaded something: the username, and the member organisation (none for city staff). */
public record Author(String username, String organisationName) {
}

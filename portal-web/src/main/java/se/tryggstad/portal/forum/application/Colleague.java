package se.tryggstad.portal.forum.application;

/** A person who acts for the caller's organisation, and whether they administer its people. */
public record Colleague(String username, String displayName, boolean organisationAdmin) {
}

package se.tryggstad.portal.forum.application;

/** A member of a forum as everyone may see it: an organisation, never a person. */
public record MemberOrganisation(long id, String name, String kind) {
}

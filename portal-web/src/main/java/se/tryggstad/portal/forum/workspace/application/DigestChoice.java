package se.tryggstad.portal.forum.workspace.application;

import se.tryggstad.portal.forum.workspace.domain.DigestFrequency;

/** The caller's digest setting for a forum. */
public record DigestChoice(DigestFrequency frequency, String email) {
}

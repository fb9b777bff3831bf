package se.tryggstad.portal.course.application;

import se.tryggstad.portal.course.domain.EnrolmentStatus;

import java.time.Instant;

/** A sign-up as staff see it; the personal fields are empty once purged. */
public record ParticipantView(long id, EnrolmentStatus status, int position, String parentName, String email,
                              String phone, String language, Instant signedUpAt) {
}

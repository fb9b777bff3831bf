package se.tryggstad.portal.course.application;

import se.tryggstad.portal.course.domain.EnrolmentStatus;

/** What the holder of a cancel link sees about their sign-up: no personal data beyond the status. */
public record EnrolmentView(CourseGroupView group, EnrolmentStatus status, int position) {
}

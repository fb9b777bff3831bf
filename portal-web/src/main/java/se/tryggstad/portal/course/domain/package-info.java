/**
 * The course model: {@link se.tryggstad.portal.course.domain.CourseGroup}s and the
 * {@link se.tryggstad.portal.course.domain.Enrolment}s of parents. Uses Jakarta Persistence and the JDK only.
 */
package se.tryggstad.portal.course.domain;

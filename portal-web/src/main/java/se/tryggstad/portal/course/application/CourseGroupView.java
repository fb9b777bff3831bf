package se.tryggstad.portal.course.application;

import se.tryggstad.portal.course.domain.CourseDetails;
import se.tryggstad.portal.course.domain.CourseGroup;
import se.tryggstad.portal.course.domain.Programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A course group in one reader's language, with its seats.
 *
 * @param details what staff entered, in both languages, for editing
 */
public record CourseGroupView(long id, Programme programme, String title, String description, String place,
                              String courseLanguage, List<LocalDateTime> sessions, int sessionMinutes, int seats,
                              int booked, int seatsLeft, int waitlisted, boolean published, LocalDate lastSessionDay,
                              CourseDetails details) {

    static CourseGroupView of(CourseGroup group, String language) {
        return new CourseGroupView(group.id(), group.programme(), group.title(language), group.description(language),
                group.place(), group.courseLanguage(), group.sessions(), group.sessionMinutes(), group.seats(),
                group.bookedCount(), group.seatsLeft(), group.waitlistedCount(), group.isPublished(),
                group.lastSessionDay(), group.details());
    }

    public boolean full() {
        return seatsLeft == 0;
    }

    public LocalDateTime firstSession() {
        return sessions.get(0);
    }

    /** The anchor of this group on the course page. */
    public String anchor() {
        return "kurs-" + id;
    }
}

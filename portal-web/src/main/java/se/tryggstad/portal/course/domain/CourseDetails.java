package se.tryggstad.portal.course.domain;

import java.time.LocalDateTime;

/**
 * What staff say about a course group. Sessions are weekly: the first one, then the same weekday
 * and time for {@code sessionCount} weeks. English texts are optional.
 *
 * @param courseLanguage the language the course is held in, as a language tag (sv, en, ar …)
 * @param firstSession   local time in Solna
 */
public record CourseDetails(Programme programme, String titleSv, String titleEn, String descriptionSv,
                            String descriptionEn, String place, String courseLanguage, LocalDateTime firstSession,
                            int sessionCount, int sessionMinutes, int seats) {
}

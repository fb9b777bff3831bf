package se.tryggstad.portal.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tryggstad.portal.course.application.CourseGroupView;
import se.tryggstad.portal.course.application.CourseQueries;
import se.tryggstad.portal.course.application.CourseService;
import se.tryggstad.portal.course.application.ParticipantView;
import se.tryggstad.portal.course.application.SignUp;
import se.tryggstad.portal.course.domain.CourseDetails;
import se.tryggstad.portal.course.domain.EnrolmentStatus;
import se.tryggstad.portal.course.domain.Programme;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Participants' personal data is gone 30 days after a group's last session; the group's numbers remain. */
@ExtendWith(ArquillianExtension.class)
class CoursePurgeIT {

    @Deployment
    static EnterpriseArchive portal() {
        return TestServer.portalEarRunning(CoursePurgeIT.class);
    }

    @Inject
    CourseService courses;

    @Inject
    CourseQueries queries;

    @Test
    void participantsAreForgottenAfterTheCourseButTheNumbersStay() {
        LocalDate firstDay = LocalDate.now().plusDays(7);
        CourseGroupView group = courses.plan(new CourseDetails(Programme.KOMET, TestServer.uniqueName("Rensas"), null,
                "Tio träffar.", null, "Råsunda", "sv", firstDay.atTime(LocalTime.of(18, 0)), 2, 120, 1), true);
        courses.signUp(group.id(), new SignUp("Ada Förälder", TestServer.uniqueName("ada") + "@example.org", null, "sv", true));
        courses.signUp(group.id(), new SignUp("Bo Förälder", null, "070-123 45 67", "en", true));

        Instant lastSession = firstDay.plusWeeks(1).atStartOfDay(CourseService.SOLNA).toInstant();
        courses.purgeEndedCourses(lastSession.plus(Duration.ofDays(29)));
        assertEquals("Ada Förälder", queries.participants(group.id()).get(0).parentName(), "kept within 30 days");

        assertTrue(courses.purgeEndedCourses(lastSession.plus(Duration.ofDays(32))) >= 1);
        List<ParticipantView> participants = queries.participants(group.id());
        assertEquals(List.of(EnrolmentStatus.BOOKED, EnrolmentStatus.WAITLISTED),
                participants.stream().map(ParticipantView::status).toList());
        participants.forEach(participant -> {
            assertNull(participant.parentName());
            assertNull(participant.email());
            assertNull(participant.phone());
        });
        CourseGroupView after = queries.group(group.id(), "sv").orElseThrow();
        assertEquals(1, after.booked());
        assertEquals(1, after.waitlisted());
    }
}

package se.tryggstad.portal.course.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseGroupTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDateTime FIRST = LocalDateTime.of(2026, 12, 1, 18, 0);

    private static CourseDetails details(int seats) {
        return new CourseDetails(Programme.ABC, " ABC i Solna ", null, "Fyra träffar.", " ", "Solna bibliotek", "SV",
                FIRST, 4, 120, seats);
    }

    @Test
    void seatsFirstThenTheWaitlistInOrder() {
        CourseGroup group = CourseGroup.plan(details(2), NOW);
        assertEquals(EnrolmentStatus.BOOKED, group.admit().status());
        assertEquals(EnrolmentStatus.BOOKED, group.admit().status());
        assertEquals(new Admission(EnrolmentStatus.WAITLISTED, 1, 1), group.admit());
        assertEquals(new Admission(EnrolmentStatus.WAITLISTED, 2, 2), group.admit());
        assertEquals(0, group.seatsLeft());

        group.release(EnrolmentStatus.BOOKED);
        assertTrue(group.hasFreeSeat());
        group.promoteFromWaitlist();
        assertEquals(2, group.bookedCount());
        assertEquals(1, group.waitlistedCount());

        group.release(EnrolmentStatus.WAITLISTED);
        assertFalse(group.hasWaitlist());
        assertEquals(new Admission(EnrolmentStatus.WAITLISTED, 3, 1), group.admit());
    }

    @Test
    void weeklySessionsAndTexts() {
        CourseGroup group = CourseGroup.plan(details(10), NOW);
        assertEquals(List.of(FIRST, FIRST.plusWeeks(1), FIRST.plusWeeks(2), FIRST.plusWeeks(3)), group.sessions());
        assertEquals(LocalDate.of(2026, 12, 22), group.lastSessionDay());
        assertEquals("ABC i Solna", group.title("en"), "Swedish when there is no English");
        assertEquals("sv", group.courseLanguage());
        assertFalse(group.isTranslated());
    }

    @Test
    void wrongDetailsNameTheField() {
        assertEquals("seats", rejectedField(() -> CourseGroup.plan(details(0), NOW)));
        assertEquals("titleSv", rejectedField(() -> CourseGroup.plan(new CourseDetails(Programme.AFT, " ", null, "x",
                null, "p", "sv", FIRST, 1, 60, 5), NOW)));
        assertEquals("courseLanguage", rejectedField(() -> CourseGroup.plan(new CourseDetails(Programme.AFT, "t", null,
                "x", null, "p", "svenska!", FIRST, 1, 60, 5), NOW)));

        CourseGroup group = CourseGroup.plan(details(2), NOW);
        group.admit();
        group.admit();
        assertEquals("seats", rejectedField(() -> group.describe(details(1), NOW)));
        assertEquals(2, group.seats(), "nothing changed");
    }

    @Test
    void aContactNeedsANameAWayToReachAndConsent() {
        Enrolment.Contact contact = new Enrolment.Contact(" Anna ", " Anna@Example.ORG ", "", "en", true);
        assertEquals("anna@example.org", contact.email());
        assertEquals("en", contact.language());
        assertEquals("sv", new Enrolment.Contact("Bo", null, "070-123 45 67", "xx", true).language());

        assertEquals("parentName", rejectedField(() -> new Enrolment.Contact(" ", "a@b.se", null, "sv", true)));
        assertEquals("email", rejectedField(() -> new Enrolment.Contact("Bo", null, " ", "sv", true)));
        assertEquals("email", rejectedField(() -> new Enrolment.Contact("Bo", "inte en adress", null, "sv", true)));
        assertEquals("phone", rejectedField(() -> new Enrolment.Contact("Bo", null, "ring mig", "sv", true)));
        assertEquals("consent", rejectedField(() -> new Enrolment.Contact("Bo", "a@b.se", null, "sv", false)));
    }

    private static String rejectedField(Runnable action) {
        return assertThrows(CourseRejected.class, action::run).field();
    }
}

package se.tryggstad.portal.remiss.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.remiss.event.EventFacts;
import se.tryggstad.portal.remiss.event.EventType;
import se.tryggstad.portal.remiss.event.PlaceKind;
import se.tryggstad.portal.remiss.event.TemporaryStructure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bad input of the issue, each a message at its field, and the mapping to the checks' facts. */
class RemissApplicationTest {

    private static RemissApplication valid() {
        return RemissFixtures.application("PC-9", 5000);
    }

    private static List<RemissProblem> problemsOf(RemissApplication application) {
        return application.problems();
    }

    @Test
    void aValidApplicationHasNoProblemsAndMapsToItsFacts() {
        assertEquals(List.of(), problemsOf(valid()));
        EventFacts facts = valid().facts();
        assertEquals(EventType.KONSERT, facts.type());
        assertEquals(PlaceKind.ARENA_AREA, facts.placeKind());
        assertTrue(facts.arenaArea());
        assertEquals(5000, facts.peakVisitors());
        assertEquals(Set.of(TemporaryStructure.STAGE), facts.temporaryStructures());
        assertTrue(facts.alcoholServed());
        assertEquals(valid().starts(), facts.starts());
    }

    @Test
    void answerByBeforeReceivedEndBeforeStartNegativeVisitorsAndUnknownTypeAreRefusedAtTheirFields() {
        RemissApplication a = valid();
        RemissApplication bad = new RemissApplication(a.policeCaseNumber(), LocalDate.of(2027, 5, 2),
                LocalDate.of(2027, 5, 1), a.policeEmail(), a.organiserName(), a.organisationNumber(), a.contactName(),
                a.contactPhone(), a.contactEmail(), a.eventName(), "kalas", a.placeAddress(), a.latitude(),
                a.longitude(), "MOON", false, null, a.starts(), a.starts().minusHours(1), null, -5, 100, false, false,
                Set.of("CASTLE"), false, false, false, false, null, false);
        List<RemissProblem> problems = problemsOf(bad);
        assertTrue(problems.contains(new RemissProblem("answerBy", "remiss.answerBy.beforeReceived")), problems.toString());
        assertTrue(problems.contains(new RemissProblem("ends", "remiss.ends.beforeStart")), problems.toString());
        assertTrue(problems.contains(new RemissProblem("peakVisitors", "remiss.visitors.negative")), problems.toString());
        assertTrue(problems.contains(new RemissProblem("eventType", "remiss.eventType.unknown")), problems.toString());
        assertTrue(problems.contains(new RemissProblem("placeKind", "remiss.placeKind.unknown")), problems.toString());
        assertTrue(problems.contains(new RemissProblem("temporaryStructures", "remiss.structure.unknown")), problems.toString());
    }

    @Test
    void missingFieldsAreRequired() {
        RemissApplication empty = new RemissApplication(" ", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, false, null, null, null, null, null, null, false, false, null, false, false,
                false, false, null, false);
        List<String> fields = problemsOf(empty).stream().map(RemissProblem::field).toList();
        assertTrue(fields.containsAll(List.of("policeCaseNumber", "receivedOn", "answerBy", "policeEmail",
                "organiserName", "contactName", "eventName", "eventType", "placeAddress", "placeKind", "starts", "ends",
                "peakVisitors", "totalVisitors")), fields.toString());
    }

    @Test
    void buildUpAndTeardownDefaultToTheEventTimes() {
        LocalDateTime start = LocalDateTime.of(2027, 1, 1, 10, 0);
        RemissApplication a = valid();
        RemissApplication noExtra = new RemissApplication(a.policeCaseNumber(), a.receivedOn(), a.answerBy(),
                a.policeEmail(), a.organiserName(), null, a.contactName(), null, null, a.eventName(), "LOPP",
                a.placeAddress(), null, null, "STREET", false, null, start, start.plusHours(3), null, 100, 200, false,
                false, Set.of(), false, false, true, false, null, false);
        assertEquals(List.of(), problemsOf(noExtra));
        assertEquals(start, noExtra.buildUpStarts());
        assertEquals(start.plusHours(3), noExtra.teardownEnds());
    }
}

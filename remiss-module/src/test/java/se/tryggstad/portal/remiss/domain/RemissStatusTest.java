package se.tryggstad.portal.remiss.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.remiss.domain.RemissStatus.*;

/** Every legal move of the workflow, every illegal one refused with a message, and the four-eyes review. */
class RemissStatusTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);

    private static final Map<RemissStatus, Set<RemissStatus>> LEGAL = Map.of(
            MOTTAGEN, EnumSet.of(UNDER_HANDLAGGNING, AVVISAD, ATERKALLAD),
            UNDER_HANDLAGGNING, EnumSet.of(BEGARD_KOMPLETTERING, PA_REMISS_INTERNT, FORSLAG_TILL_YTTRANDE, AVVISAD,
                    ATERKALLAD),
            BEGARD_KOMPLETTERING, EnumSet.of(UNDER_HANDLAGGNING, AVVISAD, ATERKALLAD),
            PA_REMISS_INTERNT, EnumSet.of(UNDER_HANDLAGGNING, FORSLAG_TILL_YTTRANDE, ATERKALLAD),
            FORSLAG_TILL_YTTRANDE, EnumSet.of(GRANSKAD, UNDER_HANDLAGGNING, ATERKALLAD),
            GRANSKAD, EnumSet.of(YTTRANDE_SKICKAT, UNDER_HANDLAGGNING, ATERKALLAD),
            YTTRANDE_SKICKAT, EnumSet.of(AVSLUTAD, UNDER_HANDLAGGNING),
            AVSLUTAD, EnumSet.noneOf(RemissStatus.class),
            AVVISAD, EnumSet.noneOf(RemissStatus.class),
            ATERKALLAD, EnumSet.noneOf(RemissStatus.class));

    @Test
    void everyPairOfStatesIsLegalExactlyWhenTheWorkflowSaysSo() {
        for (RemissStatus from : values()) {
            for (RemissStatus to : values()) {
                assertEquals(LEGAL.get(from).contains(to), from.mayMoveTo(to), from + " → " + to);
            }
        }
    }

    @Test
    void aRemissMakesEveryLegalChosenMoveAndRefusesEveryIllegalOneWithAMessage() {
        for (RemissStatus from : values()) {
            for (RemissStatus to : values()) {
                Remiss remiss = RemissFixtures.remissIn(from, "författare");
                if (to == YTTRANDE_SKICKAT) {
                    RemissRejected refused = assertThrows(RemissRejected.class, () -> remiss.moveTo(to, "granskare", NOW));
                    assertTrue(refused.messageKey().startsWith("remiss.transition."), refused.messageKey());
                } else if (LEGAL.get(from).contains(to)) {
                    AuditEntry entry = remiss.moveTo(to, "granskare", NOW);
                    assertEquals(to, remiss.status());
                    assertEquals(from.name(), entry.oldValue());
                    assertEquals(to.name(), entry.newValue());
                } else {
                    RemissRejected refused = assertThrows(RemissRejected.class, () -> remiss.moveTo(to, "granskare", NOW),
                            from + " → " + to);
                    assertEquals("remiss.transition.illegal", refused.messageKey());
                    assertEquals(RemissRejected.Reason.CONFLICT, refused.reason());
                    assertEquals(from, remiss.status());
                }
            }
        }
    }

    @Test
    void theAuthorOfTheProposalMayNotReviewIt() {
        Remiss remiss = RemissFixtures.remissIn(UNDER_HANDLAGGNING, null);
        remiss.moveTo(FORSLAG_TILL_YTTRANDE, "anna", NOW);
        RemissRejected refused = assertThrows(RemissRejected.class, () -> remiss.moveTo(GRANSKAD, "anna", NOW));
        assertEquals("remiss.review.notByAuthor", refused.messageKey());
        assertEquals(RemissRejected.Reason.FORBIDDEN, refused.reason());
        remiss.moveTo(GRANSKAD, "bertil", NOW);
        assertEquals("anna", remiss.proposalAuthor());
        assertEquals("bertil", remiss.reviewer());
    }

    @Test
    void onlyAReviewedRemissIsMarkedSentAndTheAnswerTimeIsKept() {
        Remiss remiss = RemissFixtures.remissIn(FORSLAG_TILL_YTTRANDE, "anna");
        assertThrows(RemissRejected.class, () -> remiss.markYttrandeSent("anna", NOW));
        remiss.moveTo(GRANSKAD, "bertil", NOW);
        remiss.markYttrandeSent("bertil", NOW);
        assertEquals(YTTRANDE_SKICKAT, remiss.status());
        assertEquals(NOW, remiss.answeredAt());
    }

    @Test
    void theApplicationChangesOnlyBeforeAProposalAndEveryChangedFieldIsAudited() {
        Remiss remiss = RemissFixtures.remissIn(UNDER_HANDLAGGNING, null);
        var changed = RemissFixtures.application("PC-1", 12000);
        var entries = remiss.change(changed, "anna", NOW);
        assertEquals(1, entries.size());
        assertEquals("application.peakVisitors", entries.get(0).what());
        assertEquals("5000", entries.get(0).oldValue());
        assertEquals("12000", entries.get(0).newValue());
        remiss.moveTo(FORSLAG_TILL_YTTRANDE, "anna", NOW);
        RemissRejected refused = assertThrows(RemissRejected.class, () -> remiss.change(changed, "anna", NOW));
        assertEquals("remiss.change.notNow", refused.messageKey());
    }
}

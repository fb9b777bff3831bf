package se.tryggstad.portal.leisure.domain;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.shared.FieldProblem;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityTest {

    private static final Instant NOW = Instant.parse("2026-01-10T09:00:00Z");

    @Test
    void aPartnersActivityIsPublicOnlyAfterSubmitAndApprove() {
        Activity activity = Activity.draftBy(3, "Råsunda IS", Activities.football(), NOW);
        assertEquals(ActivityStatus.DRAFT, activity.status());
        assertFalse(activity.isPublic());
        assertThrows(ActivityRuleBroken.class, () -> activity.approve(NOW), "a draft cannot be approved");

        activity.submit(NOW);
        assertFalse(activity.isPublic());
        activity.approve(NOW);
        assertTrue(activity.isPublic());
        assertTrue(activity.isOrganisedBy(3));
        assertFalse(activity.isOrganisedBy(4));
    }

    @Test
    void rejectionNeedsAReasonAndTheReasonIsKeptUntilResubmitted() {
        Activity activity = Activity.draftBy(3, "Råsunda IS", Activities.football(), NOW);
        activity.submit(NOW);
        ActivityRuleBroken noReason = assertThrows(ActivityRuleBroken.class, () -> activity.reject("  ", NOW));
        assertEquals("reason", noReason.problems().get(0).field());
        assertEquals(ActivityStatus.SUBMITTED, activity.status(), "nothing changed");

        activity.reject("Ange en plats i Solna.", NOW);
        assertEquals(ActivityStatus.REJECTED, activity.status());
        assertEquals("Ange en plats i Solna.", activity.rejectionReason().orElseThrow());

        activity.reviseByOrganiser(Activities.sportlovCraft(), NOW);
        assertEquals(ActivityStatus.DRAFT, activity.status());
        activity.submit(NOW);
        assertTrue(activity.rejectionReason().isEmpty());
    }

    @Test
    void anOrganisersEditOfAPublicActivitySendsItBackToReviewButAStaffCorrectionDoesNot() {
        Activity activity = Activity.draftBy(3, "Råsunda IS", Activities.football(), NOW);
        activity.submit(NOW);
        activity.approve(NOW);
        activity.correctByStaff(Activities.sportlovCraft(), NOW);
        assertTrue(activity.isPublic());

        activity.reviseByOrganiser(Activities.football(), NOW);
        assertEquals(ActivityStatus.SUBMITTED, activity.status());
        assertFalse(activity.isPublic());
    }

    @Test
    void theCitysOwnActivityIsPublicAtOnceAndCanBeTakenDownWithAReason() {
        Activity activity = Activity.publishedByCity("Solna stad", Activities.sportlovCraft(), NOW);
        assertTrue(activity.isPublic());
        assertTrue(activity.organisationId().isEmpty());
        assertThrows(ActivityRuleBroken.class, () -> activity.submit(NOW));
        activity.reject("Aktiviteten är inställd i år.", NOW);
        assertFalse(activity.isPublic());
    }

    @Test
    void invalidDetailsAreRefusedWithEveryProblemAndTheActivityIsUnchanged() {
        Activity activity = Activity.draftBy(3, "Råsunda IS", Activities.football(), NOW);
        ActivityDetails bad = new ActivityDetails("", "kort", "Only a title", null, null, 12, 8, false, "",
                null, "", 59.0, 18.9, null, null, "", null, "ftp://x", false);
        ActivityRuleBroken broken = assertThrows(ActivityRuleBroken.class, () -> activity.reviseByOrganiser(bad, NOW));
        assertEquals(java.util.List.of("titleSv", "descriptionSv", "descriptionEn", "category", "ageTo", "cost",
                        "area", "placeName", "latitude", "longitude", "scheduleKind", "contact", "signUpUrl"),
                broken.problems().stream().map(FieldProblem::field).toList());
        assertEquals("Fotboll för nybörjare", activity.details().titleSv());
    }

    @Test
    void detailsSurviveTheRoundTripThroughTheEntity() {
        Activity weekly = Activity.draftBy(3, "Råsunda IS", Activities.football(), NOW);
        assertEquals(Activities.football(), weekly.details());
        Activity dated = Activity.draftBy(3, "Råsunda IS", Activities.sportlovCraft(), NOW);
        assertEquals(Activities.sportlovCraft(), dated.details());
    }
}

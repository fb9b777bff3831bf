package se.tryggstad.portal.support.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionTreeTest {

    @Test
    void aVisitorWalksFromTheStartToARecommendation() {
        GuideQuestion worried = stored(2, GuideQuestion.ask("Vad oroar dig mest?", "What worries you most?"));
        worried.addAnswer(GuideAnswer.recommending("Kriminalitet", "Crime", SupportCategory.ANHORIGSTOD, null));
        GuideQuestion start = stored(1, GuideQuestion.ask("Vad behöver du hjälp med?", null));
        start.makeStart();
        start.addAnswer(GuideAnswer.toQuestion("Jag är orolig för mitt barn", null, 2L));
        start.addAnswer(GuideAnswer.recommending("Jag blir slagen hemma", null, SupportCategory.VALD_I_NARA_RELATIONER, 7L));

        DecisionTree tree = new DecisionTree(List.of(worried, start));

        GuideQuestion first = tree.start().orElseThrow();
        assertEquals("Vad behöver du hjälp med?", first.text("en"), "Swedish when there is no English text");
        GuideAnswer worriedAnswer = first.answers().get(0);
        assertTrue(worriedAnswer.asksAnotherQuestion());
        GuideQuestion next = tree.question(worriedAnswer.nextQuestionId()).orElseThrow();
        assertEquals("What worries you most?", next.text("en"));
        GuideAnswer end = next.answers().get(0);
        assertEquals(SupportCategory.ANHORIGSTOD, end.category());
        assertEquals("Crime", end.label("en"));
        assertEquals(List.of(), tree.problems(Set.of(7L)));
    }

    @Test
    void anAnswerLeadsSomewhereAndNeverBackToItsOwnQuestion() {
        assertEquals("target", assertThrows(SupportRuleViolation.class,
                () -> GuideAnswer.recommending("Svar", null, null, null)).field());
        assertEquals("target", assertThrows(SupportRuleViolation.class,
                () -> GuideAnswer.toQuestion("Svar", null, null)).field());
        assertEquals("labelSv", assertThrows(SupportRuleViolation.class,
                () -> GuideAnswer.toQuestion(" ", null, 3L)).field());
        GuideQuestion question = stored(3, GuideQuestion.ask("Fråga", null));
        assertEquals("support.guide.rule.loop", assertThrows(SupportRuleViolation.class,
                () -> question.addAnswer(GuideAnswer.toQuestion("Igen", null, 3L))).messageKey());
    }

    @Test
    void staffSeeWhatIsWrongWithTheTree() {
        GuideQuestion start = stored(1, GuideQuestion.ask("Start", null));
        start.makeStart();
        start.addAnswer(GuideAnswer.toQuestion("Till två", null, 2L));
        start.addAnswer(GuideAnswer.toQuestion("Till en borttagen", null, 99L));
        start.addAnswer(GuideAnswer.recommending("Avpublicerat stöd", null, null, 5L));
        GuideQuestion two = stored(2, GuideQuestion.ask("Två", null));
        two.addAnswer(GuideAnswer.toQuestion("Tillbaka", null, 1L));
        GuideQuestion orphan = stored(3, GuideQuestion.ask("Ingen når hit", null));

        List<String> problems = new DecisionTree(List.of(start, two, orphan)).problems(Set.of()).stream()
                .map(problem -> problem.questionId() + " " + problem.messageKey()).toList();

        assertTrue(problems.contains("1 support.guide.problem.missingQuestion"), problems::toString);
        assertTrue(problems.contains("1 support.guide.problem.missingOffer"), problems::toString);
        assertTrue(problems.contains("3 support.guide.problem.noAnswers"), problems::toString);
        assertTrue(problems.contains("3 support.guide.problem.unreachable"), problems::toString);
        assertTrue(problems.stream().anyMatch(problem -> problem.endsWith("support.guide.problem.cycle")), problems::toString);
    }

    @Test
    void aTreeWithoutAStartIsReported() {
        GuideQuestion question = stored(4, GuideQuestion.ask("Fråga", null));
        question.addAnswer(GuideAnswer.recommending("Svar", null, SupportCategory.MISSBRUK, null));
        assertEquals(List.of(new DecisionTree.Problem(4, "support.guide.problem.noStart")),
                new DecisionTree(List.of(question)).problems(Set.of()));
    }

    @Test
    void answersCanBeRemovedByPosition() {
        GuideQuestion question = stored(5, GuideQuestion.ask("Fråga", null));
        question.addAnswer(GuideAnswer.recommending("Ett", null, SupportCategory.MISSBRUK, null));
        question.addAnswer(GuideAnswer.recommending("Två", null, SupportCategory.EKONOMISKT_STOD, null));
        question.removeAnswer(0);
        assertEquals("Två", question.answers().get(0).labelSv());
        assertThrows(SupportRuleViolation.class, () -> question.removeAnswer(4));
    }

    /** A question as if stored: ids come from the database. */
    private static GuideQuestion stored(long id, GuideQuestion question) {
        try {
            Field field = GuideQuestion.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(question, id);
            return question;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

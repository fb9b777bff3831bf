package se.tryggstad.portal.support.application;

import java.util.List;

/** One question of the guided path as a visitor sees it, in their language. */
public record GuideStep(long questionId, String question, List<Choice> choices) {

    /**
     * One answer: it leads to {@code nextQuestionId}, or recommends a {@code category} and/or an {@code offerId}.
     */
    public record Choice(String label, Long nextQuestionId, String category, Long offerId) {
    }
}

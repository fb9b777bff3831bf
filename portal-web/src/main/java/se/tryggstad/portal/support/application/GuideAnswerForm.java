package se.tryggstad.portal.support.application;

import se.tryggstad.portal.support.domain.SupportCategory;

/** A new answer: labels, and either the next question or a recommendation (a category and/or a service). */
public record GuideAnswerForm(String labelSv, String labelEn, Long nextQuestionId, SupportCategory category,
                              Long offerId) {
}

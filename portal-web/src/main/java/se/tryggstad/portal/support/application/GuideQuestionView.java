package se.tryggstad.portal.support.application;

import se.tryggstad.portal.support.domain.GuideAnswer;
import se.tryggstad.portal.support.domain.GuideQuestion;

import java.util.List;
import java.util.stream.IntStream;

/** A guide question as staff edit it, with its answers in order. */
public record GuideQuestionView(long id, long version, boolean start, String textSv, String textEn,
                                List<Answer> answers) {

    /** {@code position} is the answer's place among the question's answers. */
    public record Answer(int position, String labelSv, String labelEn, Long nextQuestionId, String category,
                         Long offerId) {
    }

    static GuideQuestionView of(GuideQuestion question) {
        List<GuideAnswer> answers = question.answers();
        return new GuideQuestionView(question.id(), question.version(), question.isStart(), question.textSv(),
                question.textEn(), IntStream.range(0, answers.size()).mapToObj(position -> {
                    GuideAnswer answer = answers.get(position);
                    return new Answer(position, answer.labelSv(), answer.labelEn(), answer.nextQuestionId(),
                            answer.category() == null ? null : answer.category().name(), answer.offerId());
                }).toList());
    }
}

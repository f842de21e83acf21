package org.symbiose.plugins.survey.result;

import java.util.List;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.question.Matrix;
import org.symbiose.plugins.survey.question.NetPromoter;
import org.symbiose.plugins.survey.question.NumberRange;
import org.symbiose.plugins.survey.question.Question;
import org.symbiose.plugins.survey.question.Ranking;

/**
 * A survey's results as its charts read them: the tally turned into each question's
 * {@link QuestionResult}, in the survey's order.
 *
 * @param responses how many responses were taken
 * @param questions each question's results
 */
public record SurveyResults(long responses, List<QuestionResult> questions) {

    public SurveyResults {
        questions = List.copyOf(questions);
    }

    /** The results of {@code tally}, titles in {@code language}. */
    public static SurveyResults of(Survey survey, Tally tally, String language) {
        return new SurveyResults(tally.responses(),
                survey.questions().stream().map(q -> of(q, tally, language)).toList());
    }

    private static QuestionResult of(Question question, Tally tally, String language) {
        List<Share> shares = Share.of(tally, question);
        return new QuestionResult(question.id(), question.type().key(), question.title().in(language),
                tally.answered(question.id()), shares.isEmpty() ? null : shares,
                question.format() instanceof NetPromoter ? NpsScore.of(tally, question.id()) : null,
                question.format() instanceof NumberRange ? NumberSummary.of(tally, question) : null,
                question.format() instanceof Matrix ? MatrixTable.of(tally, question) : null,
                question.format() instanceof Ranking ? AverageRank.of(tally, question) : null);
    }
}

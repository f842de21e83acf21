package org.symbiose.plugins.survey.question;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbiose.plugins.survey.SurveyProblem;

/**
 * What a question takes as its answer and how it is checked: one record per {@link QuestionType},
 * each with its own settings (options, limits, range), so that a setting can only exist on the
 * type it means something for.
 */
public sealed interface AnswerFormat permits ChoiceFormat, YesNo, FreeText, NumberRange, DateRange,
        RatingScale, NetPromoter, Matrix, Ranking {

    QuestionType type();

    /** The sent (or stored) JSON value read and checked; never null, a missing answer is not read. */
    AnswerCheck read(Object json);

    /** What is wrong with the settings, for a survey offered in {@code languages}; none for a format without any. */
    default List<SurveyProblem> problems(String questionId, List<String> languages) {
        return List.of();
    }

    /**
     * The values a condition may compare an answer of this format with (option keys, yes and
     * no), or empty when any value of the right kind will do (numbers, dates, texts) or when
     * conditions only test it for being answered (matrices, rankings).
     */
    default Set<String> values() {
        return Set.of();
    }

    /** Its own settings, stored beside the question's common fields; none for a format without any. */
    default Map<String, Object> toMap() {
        return Map.of();
    }
}

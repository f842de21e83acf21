package org.symbiose.plugins.survey.question;

import java.util.Arrays;
import java.util.List;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.Answer;

/**
 * A sent value read by its question's format: the typed answer, or why it is refused (exactly one
 * of the two). The format does not know the question's id, {@link #problemAt} adds it.
 *
 * @param answer    the answer, or null when refused
 * @param code      why it is refused, or null
 * @param arguments what the reason names
 */
public record AnswerCheck(Answer answer, ProblemCode code, List<String> arguments) {

    public AnswerCheck {
        arguments = List.copyOf(arguments);
    }

    public static AnswerCheck accepted(Answer answer) {
        return new AnswerCheck(answer, null, List.of());
    }

    public static AnswerCheck refused(ProblemCode code, Object... arguments) {
        return new AnswerCheck(null, code, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public boolean isAccepted() {
        return answer != null;
    }

    /** The refusal as a problem of question {@code questionId}. */
    public SurveyProblem problemAt(String questionId) {
        return new SurveyProblem(questionId, code, arguments);
    }
}

package org.symbiose.plugins.survey.question;

import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.TextAnswer;

/**
 * Words of the respondent's own: a line ({@link QuestionType#SHORT_TEXT}) or a box
 * ({@link QuestionType#LONG_TEXT}). The longest long text is {@value #MAX_LONG} characters so that
 * a whole response stays storable as one plugin record.
 *
 * @param type      short or long
 * @param maxLength most characters, after stripping
 */
public record FreeText(QuestionType type, int maxLength) implements AnswerFormat {

    public static final int MAX_SHORT = 200;
    public static final int MAX_LONG = 2000;

    public FreeText {
        if (type != QuestionType.SHORT_TEXT && type != QuestionType.LONG_TEXT) {
            throw new IllegalArgumentException("A free text is short or long, not " + type);
        }
    }

    /** The longest a manager may allow for this type. */
    public int ceiling() {
        return type == QuestionType.SHORT_TEXT ? MAX_SHORT : MAX_LONG;
    }

    @Override
    public AnswerCheck read(Object json) {
        if (!(json instanceof String text)) {
            return AnswerCheck.refused(ProblemCode.WRONG_KIND);
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            return AnswerCheck.refused(ProblemCode.TOO_LONG, maxLength);
        }
        if (type == QuestionType.SHORT_TEXT && stripped.contains("\n")) {
            return AnswerCheck.refused(ProblemCode.WRONG_KIND);
        }
        return AnswerCheck.accepted(new TextAnswer(stripped));
    }

    @Override
    public List<SurveyProblem> problems(String questionId, List<String> languages) {
        boolean fits = maxLength >= 1 && maxLength <= ceiling();
        return fits ? List.of() : List.of(SurveyProblem.of(questionId, ProblemCode.BAD_LIMITS, 1, ceiling()));
    }

    @Override
    public Map<String, Object> toMap() {
        return Map.of("maxLength", maxLength);
    }

    static FreeText fromMap(QuestionType type, Map<String, Object> map, String path) {
        int ceiling = type == QuestionType.SHORT_TEXT ? MAX_SHORT : MAX_LONG;
        return new FreeText(type, JsonValues.integer(map, "maxLength", ceiling, path));
    }
}

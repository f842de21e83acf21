package org.symbiose.plugins.survey.question;

import java.math.BigDecimal;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.answer.NumberAnswer;

/** Reading a point of a scale (a rating, a 0–10 recommendation): a whole number between two ends. */
final class ScalePoint {

    private ScalePoint() {
    }

    static AnswerCheck read(Object json, int lowest, int highest) {
        if (!(json instanceof Number)) {
            return AnswerCheck.refused(ProblemCode.WRONG_KIND);
        }
        BigDecimal value = JsonValues.decimal(json, "");
        if (value.stripTrailingZeros().scale() > 0) {
            return AnswerCheck.refused(ProblemCode.TOO_PRECISE, 0);
        }
        if (value.compareTo(BigDecimal.valueOf(lowest)) < 0 || value.compareTo(BigDecimal.valueOf(highest)) > 0) {
            return AnswerCheck.refused(ProblemCode.OUT_OF_RANGE, lowest, highest);
        }
        return AnswerCheck.accepted(new NumberAnswer(new BigDecimal(value.intValueExact())));
    }
}

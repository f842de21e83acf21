package org.symbiose.plugins.survey.result;

import java.math.BigDecimal;
import java.math.MathContext;
import org.symbiose.plugins.survey.question.Question;

/**
 * A number question's results: how many answered and their mean. Min, max and medians are not
 * kept: they cannot be updated by increments (see the README).
 *
 * @param answered how many answered
 * @param mean     their mean (to 6 significant digits), null when nobody answered
 */
public record NumberSummary(long answered, BigDecimal mean) {

    public static NumberSummary of(Tally tally, Question question) {
        long answered = tally.answered(question.id());
        if (answered == 0) {
            return new NumberSummary(0, null);
        }
        BigDecimal sum = BigDecimal.valueOf(tally.count(question.id(), TallyDeltas.SUM)).movePointLeft(TallyDeltas.SUM_SCALE);
        return new NumberSummary(answered, sum.divide(BigDecimal.valueOf(answered), new MathContext(6)));
    }
}

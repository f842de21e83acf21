package org.symbiose.plugins.survey.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;
import org.symbiose.plugins.survey.question.Question;
import org.symbiose.plugins.survey.question.Ranking;

/**
 * A ranking question's result for one option: its mean rank (1 is first), two decimals; lower is
 * preferred. Every answer ranks every option, so the question's answered count is the base.
 *
 * @param option the option
 * @param rank   its mean rank, null when nobody answered
 */
public record AverageRank(String option, BigDecimal rank) {

    /** Each option's mean rank, in the manager's order. */
    public static List<AverageRank> of(Tally tally, Question question) {
        List<String> options = ((Ranking) question.format()).options().keys();
        long answered = tally.answered(question.id());
        return options.stream().map(option -> {
            long weighted = IntStream.rangeClosed(1, options.size()).mapToLong(
                    r -> r * tally.count(TallyDeltas.key(question.id(), option, Integer.toString(r)))).sum();
            return new AverageRank(option, answered == 0 ? null
                    : BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP));
        }).toList();
    }
}

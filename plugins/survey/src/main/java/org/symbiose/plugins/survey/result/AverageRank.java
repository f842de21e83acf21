package org.symbiose.plugins.survey.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.symbiose.plugins.survey.question.Question;
import org.symbiose.plugins.survey.question.Ranking;

/**
 * A ranking question's result for one option: its mean rank (1 is first), two decimals; lower is
 * preferred. Over the answers that rank it: an option added after responses came in is missing
 * from the earlier ones.
 *
 * @param option the option
 * @param rank   its mean rank, null when nobody answered
 */
public record AverageRank(String option, BigDecimal rank) {

    /** Each option's mean rank, in the manager's order. */
    public static List<AverageRank> of(Tally tally, Question question) {
        List<String> options = ((Ranking) question.format()).options().keys();
        return options.stream().map(option -> {
            long ranked = 0;
            long weighted = 0;
            for (int rank = 1; rank <= options.size(); rank++) {
                long count = tally.count(TallyDeltas.key(question.id(), option, Integer.toString(rank)));
                ranked += count;
                weighted += rank * count;
            }
            return new AverageRank(option, ranked == 0 ? null
                    : BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(ranked), 2, RoundingMode.HALF_UP));
        }).toList();
    }
}

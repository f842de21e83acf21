package org.symbiose.plugins.survey.response;

import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.Answer;
import org.symbiose.plugins.survey.definition.Quota;
import org.symbiose.plugins.survey.definition.Survey;

/**
 * Quotas for one checked response. The REST layer's sequence, in one transaction with the
 * response's write: {@link #matched} gives the quotas to count it in, each counter is incremented
 * in the transaction (which holds its row, so concurrent responses count one after another), and
 * {@link #full} on the new counts refuses the response, rolling the increments back with it.
 */
public final class QuotaCheck {

    private QuotaCheck() {
    }

    /** The quotas the answers count in. */
    public static List<Quota> matched(Survey survey, Map<String, Answer> answers) {
        return survey.quotas().stream().filter(q -> q.when().holdsFor(answers)).toList();
    }

    /**
     * A {@link ProblemCode#QUOTA_FULL} for each matched quota whose count, once this response is
     * counted in it, passes its limit.
     *
     * @param countsWithThis quota id to its count including this response
     */
    public static List<SurveyProblem> full(List<Quota> matched, Map<String, Long> countsWithThis) {
        return matched.stream().filter(q -> !q.admitsAfter(countsWithThis.getOrDefault(q.id(), 0L) - 1))
                .map(q -> SurveyProblem.of(q.id(), ProblemCode.QUOTA_FULL, q.limit())).toList();
    }
}

package org.symbiose.plugins.survey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;
import org.symbiose.plugins.survey.definition.Quota;
import org.symbiose.plugins.survey.definition.Survey;

class QuotaCheckTest {

    private final Survey survey = SampleSurvey.survey();

    @Test
    void aResponseCountsInTheQuotasItMatches() {
        assertEquals(List.of("pms"), QuotaCheck.matched(survey, Map.of("role", new ChoiceAnswer(List.of("pm"), null)))
                .stream().map(Quota::id).toList());
        assertEquals(List.of(), QuotaCheck.matched(survey, Map.of("role", new ChoiceAnswer(List.of("dev"), null))));
    }

    @Test
    void theResponsePastTheLimitIsRefused() {
        List<Quota> matched = survey.quotas();
        assertEquals(List.of(), QuotaCheck.full(matched, Map.of("pms", 1L)));
        assertEquals(List.of(), QuotaCheck.full(matched, Map.of("pms", 2L)), "the second of two fills it");
        assertEquals(List.of(SurveyProblem.of("pms", ProblemCode.QUOTA_FULL, 2)), QuotaCheck.full(matched,
                Map.of("pms", 3L)));
    }
}

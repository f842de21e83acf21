package org.symbiose.plugins.survey.response;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.Answer;

/**
 * What {@link ResponseCheck} found: the answers to keep, and every problem. Only a response
 * without problems is stored, so nothing is ever partially recorded.
 *
 * @param answers  the readable answers of shown questions, in the survey's order
 * @param problems all that is wrong, in the survey's order (language and unknown questions first)
 */
public record ResponseOutcome(Map<String, Answer> answers, List<SurveyProblem> problems) {

    public ResponseOutcome {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}

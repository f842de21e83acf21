package org.symbiose.plugins.survey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiose.plugins.survey.SampleSurvey.question;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.answer.Answer;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;
import org.symbiose.plugins.survey.answer.NumberAnswer;
import org.symbiose.plugins.survey.answer.YesNoAnswer;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.logic.Comparison;
import org.symbiose.plugins.survey.logic.Operator;
import org.symbiose.plugins.survey.question.YesNo;

class VisibilityTest {

    @Test
    void pagesAndQuestionsFollowTheAnswers() {
        Survey survey = SampleSurvey.survey();
        Visibility office = Visibility.of(survey, Map.of("remote", new YesNoAnswer(false),
                "nps", new NumberAnswer(BigDecimal.valueOf(7))));
        assertEquals(Set.of("p1", "p3"), office.pages());
        assertFalse(office.shows("days"));
        assertFalse(office.shows("why"));
        Visibility remote = Visibility.of(survey, Map.of("remote", new YesNoAnswer(true),
                "role", new ChoiceAnswer(List.of("pm"), null)));
        assertEquals(Set.of("p1", "p2", "p3"), remote.pages());
        assertTrue(remote.shows("days"));
        assertTrue(remote.shows("why"));
    }

    @Test
    void hidingAQuestionHidesWhatDependsOnIt() {
        Survey chain = SampleSurvey.of(question("a", false, null, new YesNo()),
                question("b", false, Comparison.of("a", Operator.EQUALS, "yes"), new YesNo()),
                question("c", false, Comparison.of("b", Operator.ANSWERED), new YesNo()));
        Map<String, Answer> answers = Map.of("a", new YesNoAnswer(false),
                "b", new YesNoAnswer(true));
        Visibility visibility = Visibility.of(chain, answers);
        assertEquals(Set.of("a"), visibility.questions(), "b's stale answer does not show c");
    }
}

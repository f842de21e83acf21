package org.symbiose.plugins.survey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;
import org.symbiose.plugins.survey.answer.NumberAnswer;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.question.FreeText;
import org.symbiose.plugins.survey.question.QuestionType;

class ResponseCheckTest {

    private final Survey survey = SampleSurvey.survey();

    @Test
    void aGoodResponseIsTakenWhole() {
        ResponseOutcome outcome = ResponseCheck.check(survey, "fr", SampleSurvey.fullAnswers());
        assertEquals(List.of(), outcome.problems());
        assertTrue(outcome.accepted());
        assertEquals(List.of("role", "tools", "remote", "days", "since", "comfort", "nps", "why", "nick", "grid", "rank"),
                List.copyOf(outcome.answers().keySet()), "in the survey's order");
        assertEquals(new NumberAnswer(new BigDecimal("2.5")), outcome.answers().get("days"));
    }

    @Test
    void everyProblemIsCollectedWithItsQuestion() {
        Map<String, Object> sent = SampleSurvey.fullAnswers();
        sent.put("remote", false);          // hides page 2, whose answers are still sent
        sent.put("role", "ceo");            // unknown option
        sent.put("tools", List.of("git", "ide", "ci"));
        sent.remove("nps");                 // required
        sent.put("grid", Map.of("speed", "ok"));
        sent.put("why", "no longer shown");  // nps missing and role refused: hidden
        sent.put("colour", "blue");
        ResponseOutcome outcome = ResponseCheck.check(survey, "de", sent);
        assertEquals(List.of(
                SurveyProblem.of("language", ProblemCode.LANGUAGE_NOT_OFFERED, "de"),
                SurveyProblem.of("colour", ProblemCode.UNKNOWN_QUESTION, "colour"),
                SurveyProblem.of("role", ProblemCode.UNKNOWN_OPTION, "ceo"),
                SurveyProblem.of("tools", ProblemCode.TOO_MANY_CHOICES, "2"),
                SurveyProblem.of("grid", ProblemCode.MATRIX_ROW_MISSING, "quality"),
                SurveyProblem.of("days", ProblemCode.HIDDEN_QUESTION, "days"),
                SurveyProblem.of("since", ProblemCode.HIDDEN_QUESTION, "since"),
                SurveyProblem.of("comfort", ProblemCode.HIDDEN_QUESTION, "comfort"),
                SurveyProblem.of("nps", ProblemCode.REQUIRED, "nps"),
                SurveyProblem.of("why", ProblemCode.HIDDEN_QUESTION, "why")), outcome.problems());
        assertEquals("La question « nps » demande une réponse.", outcome.problems().get(8).message(Locale.FRENCH));
        assertEquals("Choose at most 2.", outcome.problems().get(3).message(Locale.ENGLISH));
    }

    @Test
    void aBadValueOnAHiddenQuestionIsReportedBothWays() {
        Map<String, Object> sent = SampleSurvey.fullAnswers();
        sent.put("remote", false);
        sent.put("days", 7);
        List<SurveyProblem> problems = ResponseCheck.check(survey, "en", sent).problems();
        assertEquals(SurveyProblem.of("days", ProblemCode.OUT_OF_RANGE, "0", "5"), problems.get(0));
        assertTrue(problems.contains(SurveyProblem.of("days", ProblemCode.HIDDEN_QUESTION, "days")));
    }

    @Test
    void emptyValuesAreUnansweredQuestions() {
        Map<String, Object> sent = new HashMap<>();
        sent.put("role", " ");
        sent.put("tools", List.of());
        sent.put("remote", null);
        sent.put("nps", 3);
        sent.put("grid", Map.of());
        assertEquals(List.of(SurveyProblem.of("role", ProblemCode.REQUIRED, "role"),
                SurveyProblem.of("remote", ProblemCode.REQUIRED, "remote")),
                ResponseCheck.check(survey, "en", sent).problems());
    }

    @Test
    void answersTooLongToStoreTogetherAreRefused() {
        Survey texts = SampleSurvey.of(
                SampleSurvey.question("t1", false, null, new FreeText(QuestionType.LONG_TEXT, FreeText.MAX_LONG)),
                SampleSurvey.question("t2", false, null, new FreeText(QuestionType.LONG_TEXT, FreeText.MAX_LONG)));
        assertTrue(ResponseCheck.check(texts, "en", Map.of("t1", "a".repeat(2000), "t2", "b".repeat(1800))).accepted());
        ResponseOutcome outcome = ResponseCheck.check(texts, "en", Map.of("t1", "a".repeat(2000), "t2", "x\"".repeat(900)));
        assertEquals(List.of(SurveyProblem.of("survey", ProblemCode.RESPONSE_TOO_LARGE, 4717, 3900)), outcome.problems());
    }

    @Test
    void aRequiredQuestionOnAHiddenPageIsNotRequired() {
        Map<String, Object> sent = Map.of("role", "pm", "remote", false, "nps", 2, "why", "pm, so shown");
        ResponseOutcome outcome = ResponseCheck.check(survey, "en", sent);
        assertEquals(List.of(), outcome.problems());
        assertEquals(new ChoiceAnswer(List.of("pm"), null), outcome.answers().get("role"));
    }
}

package org.symbiose.plugins.survey.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symbiose.plugins.survey.SampleSurvey.question;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.question.ChoiceDisplay;
import org.symbiose.plugins.survey.question.Matrix;
import org.symbiose.plugins.survey.question.NetPromoter;
import org.symbiose.plugins.survey.question.RatingScale;
import org.symbiose.plugins.survey.question.SingleChoice;
import org.symbiose.plugins.survey.question.YesNo;

class DefinitionChangeTest {

    private final Survey before = SampleSurvey.of(
            question("role", false, null, new SingleChoice(SampleSurvey.options("dev", "pm"), ChoiceDisplay.RADIO, true)),
            question("ok", false, null, new YesNo()),
            question("grid", false, null, new Matrix(SampleSurvey.options("r1", "r2"),
                    SampleSurvey.options("lo", "hi").options())),
            question("gone", false, null, new YesNo()),
            question("stars", false, null, new RatingScale(5, Bilingual.none(), Bilingual.none())));

    @Test
    void rewordingAndAddingAreAllowed() {
        Survey after = SampleSurvey.of(
                question("role", true, null, new SingleChoice(SampleSurvey.options("dev", "pm", "qa"), ChoiceDisplay.LIST,
                        true)),
                question("ok", false, null, new YesNo()),
                question("grid", false, null, new Matrix(SampleSurvey.options("r1", "r2", "r3"),
                        SampleSurvey.options("lo", "hi").options())),
                question("gone", false, null, new YesNo()),
                question("stars", false, null, new RatingScale(7, Bilingual.none(), Bilingual.none())),
                question("new", false, null, new NetPromoter()));
        assertEquals(List.of(), DefinitionChange.problems(before, after));
    }

    @Test
    void whatAnswersNameMustStay() {
        Survey after = SampleSurvey.of(
                question("role", false, null, new SingleChoice(SampleSurvey.options("dev", "qa"), ChoiceDisplay.RADIO,
                        false)),
                question("ok", false, null, new NetPromoter()),
                question("grid", false, null, new Matrix(SampleSurvey.options("r2"),
                        SampleSurvey.options("lo", "mid").options())),
                question("stars", false, null, new RatingScale(4, Bilingual.none(), Bilingual.none())));
        assertEquals(List.of(
                SurveyProblem.of("role", ProblemCode.OPTION_REMOVED, "role", "pm"),
                SurveyProblem.of("role", ProblemCode.OPTION_REMOVED, "role", "other"),
                SurveyProblem.of("ok", ProblemCode.TYPE_CHANGED, "ok", "yes-no"),
                SurveyProblem.of("grid", ProblemCode.OPTION_REMOVED, "grid", "r1"),
                SurveyProblem.of("grid", ProblemCode.OPTION_REMOVED, "grid", "hi"),
                SurveyProblem.of("gone", ProblemCode.QUESTION_REMOVED, "gone"),
                SurveyProblem.of("stars", ProblemCode.OPTION_REMOVED, "stars", "5")),
                DefinitionChange.problems(before, after));
    }
}

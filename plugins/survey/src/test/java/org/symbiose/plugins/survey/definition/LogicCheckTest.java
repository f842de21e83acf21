package org.symbiose.plugins.survey.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symbiose.plugins.survey.SampleSurvey.page;
import static org.symbiose.plugins.survey.SampleSurvey.question;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.logic.Group;
import org.symbiose.plugins.survey.logic.Comparison;
import org.symbiose.plugins.survey.logic.Operator;
import org.symbiose.plugins.survey.question.FreeText;
import org.symbiose.plugins.survey.question.NetPromoter;
import org.symbiose.plugins.survey.question.QuestionType;
import org.symbiose.plugins.survey.question.Ranking;
import org.symbiose.plugins.survey.question.YesNo;

class LogicCheckTest {

    @Test
    void theSampleLogicIsSound() {
        assertEquals(List.of(), LogicCheck.problems(SampleSurvey.survey()));
    }

    @Test
    void aConditionOnALaterQuestionIsRefusedWithTheReason() {
        Survey survey = SampleSurvey.of(question("a", false, Comparison.of("b", Operator.EQUALS, "yes"), new YesNo()),
                question("b", false, null, new YesNo()));
        List<SurveyProblem> problems = LogicCheck.problems(survey);
        assertEquals(List.of(SurveyProblem.of("a", ProblemCode.FORWARD_REFERENCE, "a", "b")), problems);
        assertEquals("\"a\" depends on \"b\", which comes after it: a condition may only read answers given earlier.",
                problems.get(0).message(Locale.ENGLISH));
        assertEquals("« a » dépend de « b », qui vient après : une condition ne peut lire que des réponses données plus tôt.",
                problems.get(0).message(Locale.FRENCH));
    }

    @Test
    void aPageMayOnlyReadEarlierPages() {
        Survey survey = new Survey(List.of("en"), Bilingual.both("S"), Bilingual.none(), List.of(
                page("p1", null, question("a", false, null, new YesNo())),
                page("p2", Comparison.of("c", Operator.ANSWERED), question("b", false, null, new YesNo())),
                page("p3", null, question("c", false, null, new YesNo()))), List.of());
        assertEquals(List.of(SurveyProblem.of("p2", ProblemCode.FORWARD_REFERENCE, "p2", "c")),
                LogicCheck.problems(survey));
    }

    @Test
    void aCycleIsRefusedWithItsPath() {
        Survey survey = SampleSurvey.of(
                question("a", false, Group.anyOf(Comparison.of("b", Operator.EQUALS, "yes")), new YesNo()),
                question("b", false, Group.allOf(Comparison.of("a", Operator.EQUALS, "no")), new YesNo()));
        List<SurveyProblem> problems = LogicCheck.problems(survey);
        assertEquals(List.of(SurveyProblem.of("a", ProblemCode.LOGIC_CYCLE, "a → b → a")), problems);
        assertEquals("The logic goes round in a circle: a → b → a.", problems.get(0).message(Locale.ENGLISH));
        assertEquals("La logique tourne en rond : a → b → a.", problems.get(0).message(Locale.FRENCH));
    }

    @Test
    void aQuestionReadingItselfOrAPageReadingItsOwnQuestionIsACycle() {
        Survey self = SampleSurvey.of(question("a", false, Comparison.of("a", Operator.ANSWERED), new YesNo()));
        assertEquals(List.of(SurveyProblem.of("a", ProblemCode.LOGIC_CYCLE, "a → a")), LogicCheck.problems(self));
        Survey ownPage = new Survey(List.of("en"), Bilingual.both("S"), Bilingual.none(), List.of(
                page("p1", Comparison.of("a", Operator.ANSWERED), question("a", false, null, new YesNo()))), List.of());
        assertEquals(List.of(SurveyProblem.of("p1", ProblemCode.LOGIC_CYCLE, "p1 → a → p1")),
                LogicCheck.problems(ownPage));
    }

    @Test
    void aLongerCycleIsFoundThroughEveryStep() {
        Survey survey = SampleSurvey.of(question("a", false, Comparison.of("c", Operator.ANSWERED), new YesNo()),
                question("b", false, Comparison.of("a", Operator.ANSWERED), new YesNo()),
                question("c", false, Comparison.of("b", Operator.ANSWERED), new YesNo()));
        assertEquals(List.of(SurveyProblem.of("a", ProblemCode.LOGIC_CYCLE, "a → c → b → a")),
                LogicCheck.problems(survey));
    }

    @Test
    void comparisonsMustFitTheQuestionsType() {
        Survey survey = SampleSurvey.of(question("yes", false, null, new YesNo()),
                question("nps", false, null, new NetPromoter()),
                question("rank", false, null, new Ranking(SampleSurvey.options("x", "y"))),
                question("text", false, null, new FreeText(QuestionType.SHORT_TEXT, 20)),
                question("q1", false, Comparison.of("yes", Operator.GREATER_THAN, "1"), new YesNo()),
                question("q2", false, Comparison.of("yes", Operator.EQUALS, "maybe"), new YesNo()),
                question("q3", false, Comparison.of("nps", Operator.GREATER_THAN, "high"), new YesNo()),
                question("q4", false, Comparison.of("rank", Operator.EQUALS, "x"), new YesNo()),
                question("q5", false, Comparison.of("nps", Operator.EQUALS, "1", "2"), new YesNo()),
                question("q6", false, Comparison.of("text", Operator.AMONG), new YesNo()),
                question("q7", false, Comparison.of("gone", Operator.ANSWERED), new YesNo()),
                question("q8", false, Group.allOf(), new YesNo()),
                question("q9", false, Group.anyOf(Comparison.of("rank", Operator.ANSWERED),
                        Comparison.of("text", Operator.EQUALS, "anything")), new YesNo()));
        assertEquals(List.of(
                SurveyProblem.of("q1", ProblemCode.OPERATOR_UNFIT, "greater-than", "yes", "yes-no"),
                SurveyProblem.of("q2", ProblemCode.CONDITION_BAD_VALUE, "yes", "maybe"),
                SurveyProblem.of("q3", ProblemCode.CONDITION_BAD_VALUE, "nps", "high"),
                SurveyProblem.of("q4", ProblemCode.OPERATOR_UNFIT, "equals", "rank", "ranking"),
                SurveyProblem.of("q5", ProblemCode.CONDITION_BAD_VALUE, "nps", "1, 2"),
                SurveyProblem.of("q6", ProblemCode.CONDITION_BAD_VALUE, "text", ""),
                SurveyProblem.of("q7", ProblemCode.CONDITION_UNKNOWN_QUESTION, "gone"),
                SurveyProblem.of("q8", ProblemCode.EMPTY_CONDITION)), LogicCheck.problems(survey));
    }

    @Test
    void quotasMayReadAnyQuestion() {
        Survey survey = new Survey(List.of("en"), Bilingual.both("S"), Bilingual.none(),
                List.of(page("p1", null, question("a", false, null, new YesNo()))),
                List.of(new Quota("yeses", Comparison.of("a", Operator.EQUALS, "yes"), 10),
                        new Quota("bad", Comparison.of("a", Operator.EQUALS, "perhaps"), 10)));
        assertEquals(List.of(SurveyProblem.of("bad", ProblemCode.CONDITION_BAD_VALUE, "a", "perhaps")),
                LogicCheck.problems(survey));
    }
}

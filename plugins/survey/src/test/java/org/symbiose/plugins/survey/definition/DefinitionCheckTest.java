package org.symbiose.plugins.survey.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symbiose.plugins.survey.SampleSurvey.page;
import static org.symbiose.plugins.survey.SampleSurvey.question;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.logic.Comparison;
import org.symbiose.plugins.survey.logic.Operator;
import org.symbiose.plugins.survey.question.Question;
import org.symbiose.plugins.survey.question.YesNo;

class DefinitionCheckTest {

    @Test
    void theSampleMayBeSaved() {
        assertEquals(List.of(), DefinitionCheck.problems(SampleSurvey.survey()));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Question englishOnly = new Question("q1", new Bilingual("Only English", null), new Bilingual(null, "Aide"), false,
                null, new YesNo());
        Survey survey = new Survey(List.of("fr", "en", "de"), new Bilingual("Title", null), Bilingual.none(), List.of(
                page("p1", null, englishOnly, question("q1", false, null, new YesNo()),
                        question("2bad", false, Comparison.of("later", Operator.ANSWERED), new YesNo()),
                        question("later", false, null, new YesNo())),
                page("p2", null)), List.of(new Quota("q1", Comparison.of("q1", Operator.ANSWERED), 0)));
        assertEquals(List.of(
                SurveyProblem.of("languages", ProblemCode.UNKNOWN_LANGUAGE, "de"),
                SurveyProblem.of("title", ProblemCode.MISSING_TEXT, "fr"),
                SurveyProblem.of("q1", ProblemCode.MISSING_TEXT, "fr"),
                SurveyProblem.of("q1.help", ProblemCode.MISSING_TEXT, "en"),
                SurveyProblem.of("q1", ProblemCode.DUPLICATE_ID, "q1"),
                SurveyProblem.of("2bad", ProblemCode.BAD_ID, "2bad"),
                SurveyProblem.of("p2", ProblemCode.EMPTY_PAGE),
                SurveyProblem.of("q1", ProblemCode.DUPLICATE_ID, "q1"),
                SurveyProblem.of("q1", ProblemCode.QUOTA_LIMIT),
                SurveyProblem.of("2bad", ProblemCode.FORWARD_REFERENCE, "2bad", "later")),
                DefinitionCheck.problems(survey));
    }

    @Test
    void aSurveyHasALanguageAndAQuestion() {
        Survey empty = new Survey(List.of(), Bilingual.none(), Bilingual.none(), List.of(), List.of());
        assertEquals(List.of(SurveyProblem.of("languages", ProblemCode.NO_LANGUAGE),
                SurveyProblem.of("survey", ProblemCode.EMPTY_SURVEY)), DefinitionCheck.problems(empty));
    }

    @Test
    void aFrenchOnlySurveyNeedsNoEnglish() {
        Survey french = new Survey(List.of("fr"), new Bilingual(null, "Titre"), Bilingual.none(), List.of(page("p1",
                null, new Question("q", new Bilingual(null, "Ça va ?"), Bilingual.none(), true, null, new YesNo()))),
                List.of());
        assertEquals(List.of(), DefinitionCheck.problems(french));
        assertEquals("Titre", french.title().in("en"), "the other language falls back");
    }

    @Test
    void aSurveyTooLargeToStoreIsRefused() {
        Question[] questions = IntStream.range(0, 80)
                .mapToObj(i -> new Question("q" + i, Bilingual.both("x".repeat(120)), Bilingual.none(), false, null,
                        new YesNo())).toArray(Question[]::new);
        List<SurveyProblem> problems = DefinitionCheck.problems(SampleSurvey.of(questions));
        assertEquals(1, problems.size());
        assertEquals(ProblemCode.DEFINITION_TOO_LARGE, problems.get(0).code());
        assertEquals("19000", problems.get(0).arguments().get(1));
    }

    @Test
    void problemsReadInBothLanguages() {
        SurveyProblem missing = SurveyProblem.of("q1", ProblemCode.MISSING_TEXT, "fr");
        assertEquals("The text in \"fr\" is missing.", missing.message(Locale.ENGLISH));
        assertEquals("Le texte en « fr » manque.", missing.message(Locale.FRENCH));
        assertEquals("Cette page n'a aucune question.", SurveyProblem.of("p", ProblemCode.EMPTY_PAGE)
                .message(Locale.FRENCH), "apostrophes survive MessageFormat");
        for (ProblemCode code : ProblemCode.values()) {
            SurveyProblem problem = SurveyProblem.of("q", code, "x", "y", "z");
            assertEquals(false, problem.message(Locale.FRENCH).contains("{"), code.code());
            assertEquals(false, problem.message(Locale.ENGLISH).contains("{"), code.code());
            assertEquals(false, problem.message(Locale.FRENCH).contains("''"), code.code());
        }
    }
}

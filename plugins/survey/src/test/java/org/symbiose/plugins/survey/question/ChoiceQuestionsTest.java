package org.symbiose.plugins.survey.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;

class ChoiceQuestionsTest {

    private final SingleChoice single = new SingleChoice(SampleSurvey.options("a", "b", "c"), ChoiceDisplay.LIST, true);
    private final MultipleChoice multiple = new MultipleChoice(SampleSurvey.options("a", "b", "c"), true, 2, 3);

    @Test
    void singleChoiceTakesOneKnownOptionInAnyShape() {
        assertEquals(new ChoiceAnswer(List.of("b"), null), single.read("b").answer());
        assertEquals(new ChoiceAnswer(List.of("b"), null), single.read(Map.of("choice", "b")).answer());
        assertEquals(new ChoiceAnswer(List.of("b"), null), single.read(Map.of("choices", List.of("b"))).answer());
    }

    @Test
    void singleChoiceRefusesUnknownOptionsSeveralChoicesAndOtherKinds() {
        assertRefused(ProblemCode.UNKNOWN_OPTION, single.read("z"), "z");
        assertRefused(ProblemCode.TOO_MANY_CHOICES, single.read(List.of("a", "b")), "1");
        assertRefused(ProblemCode.WRONG_KIND, single.read(3));
        assertRefused(ProblemCode.WRONG_KIND, single.read(List.of(1)));
        assertRefused(ProblemCode.WRONG_KIND, single.read(Map.of("choices", "a")));
        assertRefused(ProblemCode.WRONG_KIND, single.read(Map.of("other", " ")));
        HashMap<String, Object> nothing = new HashMap<>();
        nothing.put("choice", null);
        assertRefused(ProblemCode.WRONG_KIND, single.read(nothing));
    }

    @Test
    void otherNeedsItsTextAndItsTextMeansOther() {
        assertEquals(new ChoiceAnswer(List.of("other"), "A dog"), single.read(Map.of("other", " A dog ")).answer());
        assertEquals(new ChoiceAnswer(List.of("other"), "x"),
                single.read(Map.of("choice", "other", "other", "x")).answer());
        assertRefused(ProblemCode.OTHER_MISSING, single.read("other"));
        assertRefused(ProblemCode.TOO_LONG, single.read(Map.of("other", "x".repeat(201))), "200");
        SingleChoice closed = new SingleChoice(SampleSurvey.options("a", "b"), ChoiceDisplay.RADIO, false);
        assertRefused(ProblemCode.OTHER_NOT_OFFERED, closed.read(Map.of("other", "x")));
    }

    @Test
    void multipleChoiceKeepsBetweenMinAndMax() {
        assertEquals(new ChoiceAnswer(List.of("c", "a"), null), multiple.read(List.of("c", "a")).answer());
        assertEquals(new ChoiceAnswer(List.of("a", "b", "other"), "x"),
                multiple.read(Map.of("choices", List.of("a", "b"), "other", "x")).answer());
        assertRefused(ProblemCode.TOO_FEW_CHOICES, multiple.read(List.of("a")), "2");
        assertRefused(ProblemCode.TOO_MANY_CHOICES,
                multiple.read(Map.of("choices", List.of("a", "b", "c"), "other", "x")), "3");
        assertRefused(ProblemCode.DUPLICATE_CHOICE, multiple.read(List.of("a", "a")), "a");
        assertRefused(ProblemCode.UNKNOWN_OPTION, multiple.read(List.of("a", "q")), "q");
    }

    @Test
    void settingsAreChecked() {
        assertEquals(List.of(), single.problems("q", List.of("fr", "en")));
        OptionList bad = new OptionList(List.of(new Option("a", SampleSurvey.options("a").options().get(0).label()),
                new Option("a", new Bilingual("A", null)),
                new Option("other", new Bilingual("O", "O"))), false);
        List<ProblemCode> codes = new SingleChoice(bad, ChoiceDisplay.RADIO, false).problems("q", List.of("fr", "en"))
                .stream().map(p -> p.code()).toList();
        assertEquals(List.of(ProblemCode.DUPLICATE_OPTION, ProblemCode.MISSING_TEXT, ProblemCode.BAD_ID), codes);
        assertEquals(List.of(ProblemCode.BAD_LIMITS), new MultipleChoice(SampleSurvey.options("a", "b"), false, 2, 1)
                .problems("q", List.of("en")).stream().map(p -> p.code()).toList());
        assertEquals(List.of(ProblemCode.BAD_LIMITS), new MultipleChoice(SampleSurvey.options("a", "b"), false, 0, 3)
                .problems("q", List.of("en")).stream().map(p -> p.code()).toList());
        assertTrue(new MultipleChoice(SampleSurvey.options("a", "b"), true, 0, 3).problems("q", List.of("en")).isEmpty());
    }

    @Test
    void randomizedOptionsKeepOneOrderPerRespondent() {
        OptionList shuffled = new OptionList(SampleSurvey.options("a", "b", "c", "d", "e", "f").options(), true);
        assertEquals(shuffled.shownTo(42), shuffled.shownTo(42));
        assertEquals(Set.copyOf(shuffled.options()), Set.copyOf(shuffled.shownTo(7)));
        assertEquals(SampleSurvey.options("a", "b").options(), SampleSurvey.options("a", "b").shownTo(7));
    }

    static void assertRefused(ProblemCode code, AnswerCheck check, String... arguments) {
        assertEquals(null, check.answer());
        assertEquals(code, check.code());
        assertEquals(List.of(arguments), check.arguments());
    }
}

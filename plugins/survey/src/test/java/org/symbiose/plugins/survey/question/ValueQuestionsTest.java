package org.symbiose.plugins.survey.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symbiose.plugins.survey.question.ChoiceQuestionsTest.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.answer.DateAnswer;
import org.symbiose.plugins.survey.answer.NumberAnswer;
import org.symbiose.plugins.survey.answer.TextAnswer;
import org.symbiose.plugins.survey.answer.YesNoAnswer;

/** Questions answered by one value: yes/no, texts, numbers, dates, ratings and NPS. */
class ValueQuestionsTest {

    @Test
    void yesNoTakesBooleansOnly() {
        assertEquals(new YesNoAnswer(true), new YesNo().read(true).answer());
        assertEquals(new YesNoAnswer(false), new YesNo().read(false).answer());
        assertRefused(ProblemCode.WRONG_KIND, new YesNo().read("yes"));
    }

    @Test
    void textsAreStrippedAndBounded() {
        FreeText shortText = new FreeText(QuestionType.SHORT_TEXT, 5);
        assertEquals(new TextAnswer("abcde"), shortText.read("  abcde ").answer());
        assertRefused(ProblemCode.TOO_LONG, shortText.read("abcdef"), "5");
        assertRefused(ProblemCode.WRONG_KIND, shortText.read("a\nb"));
        assertRefused(ProblemCode.WRONG_KIND, shortText.read(12));
        FreeText longText = new FreeText(QuestionType.LONG_TEXT, FreeText.MAX_LONG);
        assertEquals(new TextAnswer("a\nb"), longText.read("a\nb").answer());
        assertEquals(List.of(ProblemCode.BAD_LIMITS), new FreeText(QuestionType.SHORT_TEXT, 201)
                .problems("q", List.of("en")).stream().map(p -> p.code()).toList());
    }

    @Test
    void numbersStayInTheirRangeAndPrecision() {
        NumberRange range = new NumberRange(new BigDecimal("-2"), new BigDecimal("10"), 1);
        assertEquals(new NumberAnswer(new BigDecimal("2.5")), range.read(2.5).answer());
        assertEquals(new NumberAnswer(new BigDecimal("-2")), range.read(-2).answer());
        assertEquals(new NumberAnswer(new BigDecimal("10.0")), range.read(new BigDecimal("10.0")).answer());
        assertRefused(ProblemCode.OUT_OF_RANGE, range.read(10.1), "-2", "10");
        assertRefused(ProblemCode.OUT_OF_RANGE, range.read(-3), "-2", "10");
        assertRefused(ProblemCode.TOO_PRECISE, range.read(1.25), "1");
        assertRefused(ProblemCode.WRONG_KIND, range.read("3"));
        assertRefused(ProblemCode.OUT_OF_RANGE, new NumberRange(null, BigDecimal.ONE, 0).read(2), "-1000000000", "1");
        assertEquals(new NumberAnswer(BigDecimal.valueOf(-1000)), new NumberRange(null, null, 0).read(-1000L).answer());
        assertRefused(ProblemCode.OUT_OF_RANGE, new NumberRange(null, null, 0).read(2e9), "-1000000000", "1000000000");
        assertEquals(List.of(ProblemCode.BAD_LIMITS), new NumberRange(null, new BigDecimal("1e10"), 0)
                .problems("q", List.of("en")).stream().map(p -> p.code()).toList(), "past the limit");
        assertEquals(List.of(ProblemCode.BAD_LIMITS), new NumberRange(BigDecimal.TEN, BigDecimal.ONE, 0)
                .problems("q", List.of("en")).stream().map(p -> p.code()).toList());
    }

    @Test
    void datesAreIsoDaysInTheirRange() {
        DateRange range = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(new DateAnswer(LocalDate.of(2026, 3, 1)), range.read("2026-03-01").answer());
        assertRefused(ProblemCode.NOT_A_DATE, range.read("01/03/2026"), "01/03/2026");
        assertRefused(ProblemCode.OUT_OF_RANGE, range.read("2027-01-01"), "2026-01-01", "2026-12-31");
        assertRefused(ProblemCode.WRONG_KIND, range.read(20260301));
        assertEquals(List.of(ProblemCode.BAD_LIMITS), new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1))
                .problems("q", List.of("en")).stream().map(p -> p.code()).toList());
    }

    @Test
    void ratingsAreWholePointsOfTheirScale() {
        RatingScale stars = new RatingScale(5, Bilingual.none(), Bilingual.none());
        assertEquals(new NumberAnswer(BigDecimal.ONE), stars.read(1).answer());
        assertEquals(new NumberAnswer(BigDecimal.valueOf(5)), stars.read(new BigDecimal("5.0")).answer());
        assertRefused(ProblemCode.OUT_OF_RANGE, stars.read(0), "1", "5");
        assertRefused(ProblemCode.OUT_OF_RANGE, stars.read(6), "1", "5");
        assertRefused(ProblemCode.TOO_PRECISE, stars.read(2.5), "0");
        assertEquals(List.of(ProblemCode.BAD_LIMITS, ProblemCode.MISSING_TEXT),
                new RatingScale(11, new Bilingual("low", null), Bilingual.none()).problems("q", List.of("fr", "en"))
                        .stream().map(p -> p.code()).toList());
    }

    @Test
    void npsRunsFromZeroToTen() {
        NetPromoter nps = new NetPromoter();
        assertEquals(new NumberAnswer(BigDecimal.ZERO), nps.read(0).answer());
        assertEquals(new NumberAnswer(BigDecimal.TEN), nps.read(10).answer());
        assertRefused(ProblemCode.OUT_OF_RANGE, nps.read(11), "0", "10");
        assertRefused(ProblemCode.OUT_OF_RANGE, nps.read(-1), "0", "10");
        assertRefused(ProblemCode.WRONG_KIND, nps.read("9"));
    }
}

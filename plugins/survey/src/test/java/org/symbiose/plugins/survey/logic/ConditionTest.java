package org.symbiose.plugins.survey.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.answer.Answer;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;
import org.symbiose.plugins.survey.answer.DateAnswer;
import org.symbiose.plugins.survey.answer.NumberAnswer;
import org.symbiose.plugins.survey.answer.RankingAnswer;
import org.symbiose.plugins.survey.answer.TextAnswer;
import org.symbiose.plugins.survey.answer.YesNoAnswer;

class ConditionTest {

    private final Map<String, Answer> answers = Map.of(
            "role", new ChoiceAnswer(List.of("pm"), null),
            "tools", new ChoiceAnswer(List.of("git", "ci"), null),
            "remote", new YesNoAnswer(true),
            "nick", new TextAnswer("Ann"),
            "nps", new NumberAnswer(BigDecimal.valueOf(9)),
            "days", new NumberAnswer(new BigDecimal("2.5")),
            "since", new DateAnswer(LocalDate.of(2020, 5, 1)),
            "rank", new RankingAnswer(List.of("a", "b")));

    @Test
    void equalsComparesEachKindOfAnswer() {
        assertTrue(holds("role", Operator.EQUALS, "pm"));
        assertFalse(holds("role", Operator.EQUALS, "dev"));
        assertTrue(holds("tools", Operator.EQUALS, "ci"), "a multiple choice equals each option chosen");
        assertTrue(holds("remote", Operator.EQUALS, "yes"));
        assertFalse(holds("remote", Operator.EQUALS, "no"));
        assertTrue(holds("nick", Operator.EQUALS, "ann"), "texts compare without case");
        assertTrue(holds("nps", Operator.EQUALS, "9.0"), "numbers compare by value");
        assertTrue(holds("since", Operator.EQUALS, "2020-05-01"));
        assertFalse(holds("nps", Operator.EQUALS, "nine"), "a value that does not parse is never equal");
        assertFalse(holds("rank", Operator.EQUALS, "a"));
    }

    @Test
    void amongHoldsWhenOneValueMatches() {
        assertTrue(holds("role", Operator.AMONG, "dev", "pm"));
        assertFalse(holds("role", Operator.AMONG, "dev", "design"));
        assertTrue(holds("tools", Operator.AMONG, "docs", "git"));
        assertFalse(holds("tools", Operator.AMONG, "docs", "ide"));
    }

    @Test
    void greaterThanComparesNumbersAndDays() {
        assertTrue(holds("nps", Operator.GREATER_THAN, "8"));
        assertFalse(holds("nps", Operator.GREATER_THAN, "9"));
        assertTrue(holds("days", Operator.GREATER_THAN, "2.4"));
        assertTrue(holds("since", Operator.GREATER_THAN, "2020-04-30"));
        assertFalse(holds("since", Operator.GREATER_THAN, "2020-05-01"));
        assertFalse(holds("role", Operator.GREATER_THAN, "a"));
    }

    @Test
    void answeredHoldsForAnyAnswerAndNothingHoldsForAnAbsentOne() {
        assertTrue(holds("rank", Operator.ANSWERED));
        assertFalse(holds("missing", Operator.ANSWERED));
        assertFalse(holds("missing", Operator.EQUALS, "x"));
        assertFalse(holds("missing", Operator.AMONG, "x"));
        assertFalse(holds("missing", Operator.GREATER_THAN, "1"));
    }

    @Test
    void allAndAnyNest() {
        Condition pmOrDev = Group.anyOf(Comparison.of("role", Operator.EQUALS, "dev"),
                Comparison.of("role", Operator.EQUALS, "pm"));
        Condition remotePromoter = Group.allOf(pmOrDev, Comparison.of("remote", Operator.EQUALS, "yes"),
                Comparison.of("nps", Operator.GREATER_THAN, "8"));
        assertTrue(remotePromoter.holdsFor(answers));
        assertFalse(Group.allOf(pmOrDev, Comparison.of("remote", Operator.EQUALS, "no")).holdsFor(answers));
        assertTrue(Group.anyOf(Comparison.of("remote", Operator.EQUALS, "no"), remotePromoter).holdsFor(answers));
        assertFalse(Group.anyOf().holdsFor(answers));
        assertTrue(Group.allOf().holdsFor(answers));
        assertEquals(Set.of("role", "remote", "nps"), remotePromoter.questions());
        assertEquals(4, remotePromoter.comparisons().size());
    }

    @Test
    void conditionsComeBackFromTheirMaps() {
        Condition condition = Group.anyOf(Group.allOf(Comparison.of("a", Operator.AMONG, "x", "y"),
                Comparison.of("b", Operator.ANSWERED)), Comparison.of("c", Operator.GREATER_THAN, "3"));
        assertEquals(condition, Condition.fromMap(condition.toMap(), "showIf"));
        assertEquals(Map.of("question", "c", "operator", "greater-than", "values", List.of("3")),
                Comparison.of("c", Operator.GREATER_THAN, "3").toMap());
    }

    private boolean holds(String question, Operator operator, String... values) {
        return Comparison.of(question, operator, values).holdsFor(answers);
    }
}

package org.symbiose.plugins.survey.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.MalformedShape;
import org.symbiose.plugins.survey.SampleSurvey;

class QuestionMapTest {

    @Test
    void everyTypeComesBackFromItsMap() {
        for (Question question : SampleSurvey.survey().questions()) {
            assertEquals(question, Question.fromMap(question.toMap(), "q"), question.id());
        }
    }

    @Test
    void theFormatsSettingsSitBesideTheCommonFields() {
        Map<String, Object> map = SampleSurvey.survey().question("tools").orElseThrow().toMap();
        assertEquals("multiple-choice", map.get("type"));
        assertEquals(1, map.get("min"));
        assertEquals(2, map.get("max"));
        assertEquals(Map.of("en", "GIT", "fr", "git"), ((List<Map<String, Object>>) map.get("options")).get(0).get("label"));
    }

    @Test
    void numbersFromTheDatabaseAreBigDecimals() {
        Question days = Question.fromMap(Map.of("id", "d", "type", "number", "title", Map.of("en", "Days"),
                "min", new BigDecimal("0"), "max", new BigDecimal("5"), "decimals", new BigDecimal("1")), "q");
        assertEquals(new NumberRange(BigDecimal.ZERO, BigDecimal.valueOf(5), 1), days.format());
    }

    @Test
    void aMalformedMapNamesWhere() {
        MalformedShape unknown = assertThrows(MalformedShape.class,
                () -> Question.fromMap(Map.of("id", "x", "type", "essay"), "pages[0].questions[2]"));
        assertEquals("pages[0].questions[2].type", unknown.path());
        MalformedShape options = assertThrows(MalformedShape.class,
                () -> Question.fromMap(Map.of("id", "x", "type", "ranking", "options", List.of("a")), "q"));
        assertEquals("q.options[0]", options.path());
        MalformedShape flag = assertThrows(MalformedShape.class,
                () -> Question.fromMap(Map.of("id", "x", "type", "yes-no", "required", "yes"), "q"));
        assertEquals("q.required", flag.path());
    }
}

package org.symbiose.plugins.survey.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.JsonShape;
import org.symbiose.plugins.survey.MalformedShape;
import org.symbiose.plugins.survey.SampleSurvey;

class SurveyMapTest {

    @Test
    void aSurveyComesBackFromItsMap() {
        Survey survey = SampleSurvey.survey();
        assertEquals(survey, Survey.fromMap(survey.toMap()));
    }

    @Test
    void itsMapHoldsOnlyJsonValues() {
        JsonShape.assertJson(SampleSurvey.survey().toMap());
    }

    @Test
    void aMalformedSurveyNamesThePath() {
        Map<String, Object> map = Map.of("languages", List.of("en"), "pages", List.of(Map.of("id", "p1",
                "questions", List.of(Map.of("id", "q", "type", "yes-no", "showIf", Map.of("question", "a",
                        "operator", "before"))))));
        MalformedShape malformed = assertThrows(MalformedShape.class, () -> Survey.fromMap(map));
        assertEquals("pages[0].questions[0].showIf.operator", malformed.path());
        assertEquals("languages", assertThrows(MalformedShape.class,
                () -> Survey.fromMap(Map.of("languages", "en"))).path());
        assertEquals("quotas[0].when", assertThrows(MalformedShape.class,
                () -> Survey.fromMap(Map.of("quotas", List.of(Map.of("id", "x", "limit", 3))))).path());
    }
}

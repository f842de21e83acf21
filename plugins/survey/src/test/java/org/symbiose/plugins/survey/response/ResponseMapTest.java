package org.symbiose.plugins.survey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.symbiose.plugins.survey.SampleSurvey.question;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.JsonShape;
import org.symbiose.plugins.survey.MalformedShape;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.answer.MatrixAnswer;
import org.symbiose.plugins.survey.answer.NumberAnswer;
import org.symbiose.plugins.survey.definition.DefinitionChange;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.question.Matrix;
import org.symbiose.plugins.survey.question.NumberRange;

class ResponseMapTest {

    private final Survey survey = SampleSurvey.survey();
    private final Response response = new Response("r1", Instant.parse("2026-12-08T03:00:00Z"), "fr",
            ResponseCheck.check(survey, "fr", SampleSurvey.fullAnswers()).answers());

    @Test
    void aResponseComesBackFromItsStoredMap() {
        JsonShape.assertJson(response.toMap());
        assertEquals(response, Response.fromMap("r1", response.toMap(), survey));
    }

    @Test
    void storedAnswersStayReadableWhenTheSurveyTightensSince() {
        Survey tighter = SampleSurvey.of(
                question("days", false, null, new NumberRange(BigDecimal.ZERO, BigDecimal.ONE, 0)),
                question("grid", false, null, new Matrix(SampleSurvey.options("speed", "quality", "price"),
                        SampleSurvey.options("bad", "ok", "good").options())));
        assertEquals(List.of(), DefinitionChange.problems(SampleSurvey.of(
                survey.question("days").orElseThrow(), survey.question("grid").orElseThrow()), tighter));
        Response read = Response.fromMap("r1", response.toMap(), tighter);
        assertEquals(new NumberAnswer(new BigDecimal("2.5")), read.answers().get("days"));
        assertEquals(Map.of("speed", "ok", "quality", "good"), ((MatrixAnswer) read.answers().get("grid")).rows());
    }

    @Test
    void aStoredValueOfTheWrongShapeNamesItsPath() {
        Map<String, Object> stored = Map.of("submitted", "2026-12-08T03:00:00Z", "language", "en",
                "answers", Map.of("remote", "yes"));
        assertEquals("answers.remote",
                assertThrows(MalformedShape.class, () -> Response.fromMap("r", stored, survey)).path());
    }
}

package org.symbiose.plugins.survey.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.JsonShape;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.response.Response;
import org.symbiose.plugins.survey.response.ResponseCheck;

class ResponsesJsonTest {

    @Test
    void theDefinitionAndEachResponseInTheirStoredShapes() {
        Survey survey = SampleSurvey.survey();
        Response response = new Response("r1", Instant.parse("2026-12-08T03:00:00Z"), "en", ResponseCheck.check(survey,
                "en", Map.of("role", "dev", "remote", true, "nps", 9, "grid", Map.of("speed", "ok", "quality", "bad")))
                .answers());
        Map<String, Object> json = ResponsesJson.of(survey, List.of(response));
        assertEquals(survey, Survey.fromMap((Map<String, Object>) json.get("survey")));
        Map<String, Object> first = ((List<Map<String, Object>>) json.get("responses")).get(0);
        assertEquals("r1", first.get("id"));
        assertEquals("2026-12-08T03:00:00Z", first.get("submitted"));
        assertEquals(Map.of("choices", List.of("dev")), ((Map<String, Object>) first.get("answers")).get("role"));
        assertEquals(response, Response.fromMap("r1", first, survey));
        JsonShape.assertJson(json);
    }
}

package org.symbiose.plugins.survey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.definition.Survey;

class ResponseMapTest {

    @Test
    void aResponseComesBackFromItsStoredMap() {
        Survey survey = SampleSurvey.survey();
        Response response = new Response("r1", Instant.parse("2026-12-08T03:00:00Z"), "fr",
                ResponseCheck.check(survey, "fr", SampleSurvey.fullAnswers()).answers());
        assertEquals(response, Response.fromMap("r1", response.toMap(), survey));
    }
}

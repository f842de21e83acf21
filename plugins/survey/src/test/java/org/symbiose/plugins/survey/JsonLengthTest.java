package org.symbiose.plugins.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLengthTest {

    @Test
    void itCountsTheCompactJson() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a", List.of(1, new BigDecimal("2.50"), true, false));
        value.put("é", "say \"hi\"\n\\");
        value.put("m", Map.of());
        value.put("l", List.of());
        String json = "{\"a\":[1,2.50,true,false],\"é\":\"say \\\"hi\\\"\\n\\\\\",\"m\":{},\"l\":[]}";
        assertEquals(json.length(), JsonLength.of(value));
        assertEquals("\"\\u0001\"".length(), JsonLength.of("\u0001"));
    }

    @Test
    void theSampleSurveyFitsWithRoomToSpare() {
        int length = JsonLength.of(SampleSurvey.survey().toMap());
        assertEquals(true, length < 5_000, "the sample survey takes " + length);
    }
}

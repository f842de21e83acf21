package org.symbiose.plugins.survey.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.response.Response;

/**
 * A survey's responses as JSON, for tools rather than spreadsheets:
 * {@code {"survey": <definition>, "responses": [{"id", "submitted", "language", "answers": {"q1": …}}]}}.
 * The definition is the stored one and each answer its stored shape, so the export reads with
 * the same rules as the plugin's records, and needs no codebook: the definition is one. Built as
 * maps and lists for the REST layer's JSON writer.
 */
public final class ResponsesJson {

    private ResponsesJson() {
    }

    public static Map<String, Object> of(Survey survey, List<Response> responses) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("survey", survey.toMap());
        json.put("responses", responses.stream().map(ResponsesJson::response).toList());
        return json;
    }

    private static Map<String, Object> response(Response response) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", response.id());
        json.putAll(response.toMap());
        return json;
    }
}

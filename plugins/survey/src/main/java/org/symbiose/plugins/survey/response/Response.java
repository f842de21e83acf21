package org.symbiose.plugins.survey.response;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.answer.Answer;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.question.Question;

/**
 * A response taken: the answers of the questions the respondent was shown and answered, in the
 * survey's order. Stored as {@code {"submitted": "…", "language": "fr", "answers": {"q1": …}}},
 * each answer in its {@link Answer#toJson()} shape; long texts are capped so that it fits one
 * plugin record (see the README).
 *
 * @param id        its key
 * @param submitted when it was taken
 * @param language  the language it was answered in
 * @param answers   question id to answer
 */
public record Response(String id, Instant submitted, String language, Map<String, Answer> answers) {

    public Response {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        answers.forEach((question, answer) -> json.put(question, answer.toJson()));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("submitted", submitted.toString());
        map.put("language", language);
        map.put("answers", json);
        return map;
    }

    /**
     * The response stored as {@link #toMap()}, each answer read by its question's type, not
     * checked again ({@link StoredAnswer}). An answer to a question the survey no longer has is
     * dropped: {@code DefinitionChange} forbids removing answered questions, so only a response
     * older than a forced change loses one.
     */
    public static Response fromMap(String id, Map<String, Object> map, Survey survey) {
        Map<String, Object> stored = JsonValues.map(map, "answers", "");
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : survey.questions()) {
            Object value = stored == null ? null : stored.get(question.id());
            if (value != null) {
                answers.put(question.id(), StoredAnswer.read(question.type(), value, "answers." + question.id()));
            }
        }
        return new Response(id, Instant.parse(JsonValues.requiredText(map, "submitted", "")),
                JsonValues.requiredText(map, "language", ""), answers);
    }
}

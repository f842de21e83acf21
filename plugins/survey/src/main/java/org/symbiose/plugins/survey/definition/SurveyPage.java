package org.symbiose.plugins.survey.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.logic.Condition;
import org.symbiose.plugins.survey.question.Question;

/**
 * A page of questions, shown only when its condition on earlier pages' answers holds.
 *
 * @param id        stable identifier, unique among pages and questions
 * @param title     its heading, or none
 * @param showIf    when it is shown, or null for always
 * @param questions in order
 */
public record SurveyPage(String id, Bilingual title, Condition showIf, List<Question> questions) {

    public SurveyPage {
        questions = List.copyOf(questions);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        if (!title.isEmpty()) {
            map.put("title", title.toMap());
        }
        if (showIf != null) {
            map.put("showIf", showIf.toMap());
        }
        map.put("questions", questions.stream().map(Question::toMap).toList());
        return map;
    }

    public static SurveyPage fromMap(Map<String, Object> map, String path) {
        List<Map<String, Object>> stored = JsonValues.maps(map, "questions", path);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            questions.add(Question.fromMap(stored.get(i), JsonValues.at(path, "questions") + "[" + i + "]"));
        }
        return new SurveyPage(JsonValues.requiredText(map, "id", path),
                Bilingual.fromMap(JsonValues.map(map, "title", path), JsonValues.at(path, "title")),
                Condition.fromMap(JsonValues.map(map, "showIf", path), JsonValues.at(path, "showIf")), questions);
    }
}

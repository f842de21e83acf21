package org.symbiose.plugins.survey.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.logic.Condition;

/**
 * A question of a survey: what it asks, whether it must be answered, when it is shown, and the
 * format of its answer. Stored flat, the format's settings beside the common fields:
 * {@code {"id": "q1", "type": "single-choice", "title": {...}, "options": [...], ...}}.
 *
 * @param id       stable identifier, unique in the survey: answers, conditions and CSV columns
 *                 name it, so rewording a question keeps its results
 * @param title    what is asked
 * @param help     a hint shown under it, or none
 * @param required whether a shown question must be answered (a hidden one never must)
 * @param showIf   when it is shown, or null for always
 * @param format   what it takes as an answer
 */
public record Question(String id, Bilingual title, Bilingual help, boolean required, Condition showIf,
        AnswerFormat format) {

    /** What an id may be: short, and safe in a CSV column name and a storage key. */
    public static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

    public QuestionType type() {
        return format.type();
    }

    /** Bad settings and missing texts (the logic is checked with the whole survey). */
    public List<SurveyProblem> problems(List<String> languages) {
        List<SurveyProblem> problems = new ArrayList<>();
        if (!ID.matcher(id).matches()) {
            problems.add(SurveyProblem.of(id, ProblemCode.BAD_ID, id));
        }
        problems.addAll(title.problemsIn(languages, id));
        if (!help.isEmpty()) {
            problems.addAll(help.problemsIn(languages, id + ".help"));
        }
        problems.addAll(format.problems(id, languages));
        return problems;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("type", type().key());
        map.put("title", title.toMap());
        if (!help.isEmpty()) {
            map.put("help", help.toMap());
        }
        map.put("required", required);
        if (showIf != null) {
            map.put("showIf", showIf.toMap());
        }
        map.putAll(format.toMap());
        return map;
    }

    public static Question fromMap(Map<String, Object> map, String path) {
        return new Question(JsonValues.requiredText(map, "id", path),
                Bilingual.fromMap(JsonValues.map(map, "title", path), JsonValues.at(path, "title")),
                Bilingual.fromMap(JsonValues.map(map, "help", path), JsonValues.at(path, "help")),
                JsonValues.flag(map, "required", path),
                Condition.fromMap(JsonValues.map(map, "showIf", path), JsonValues.at(path, "showIf")),
                QuestionType.formatOf(map, path));
    }
}

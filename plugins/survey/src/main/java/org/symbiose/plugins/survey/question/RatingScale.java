package org.symbiose.plugins.survey.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;

/**
 * A rating from 1 to {@code points} (stars, a Likert scale), with optional words at both ends.
 *
 * @param points    how many points, {@value #FEWEST} to {@value #MOST}
 * @param lowLabel  what 1 means ("not at all"), or none
 * @param highLabel what the top means ("completely"), or none
 */
public record RatingScale(int points, Bilingual lowLabel, Bilingual highLabel) implements AnswerFormat {

    public static final int FEWEST = 2;
    public static final int MOST = 10;

    @Override
    public QuestionType type() {
        return QuestionType.RATING;
    }

    @Override
    public AnswerCheck read(Object json) {
        return ScalePoint.read(json, 1, points);
    }

    @Override
    public List<SurveyProblem> problems(String questionId, List<String> languages) {
        List<SurveyProblem> problems = new ArrayList<>();
        if (points < FEWEST || points > MOST) {
            problems.add(SurveyProblem.of(questionId, ProblemCode.BAD_LIMITS, FEWEST, MOST));
        }
        if (!lowLabel.isEmpty()) {
            problems.addAll(lowLabel.problemsIn(languages, questionId + ".lowLabel"));
        }
        if (!highLabel.isEmpty()) {
            problems.addAll(highLabel.problemsIn(languages, questionId + ".highLabel"));
        }
        return problems;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("points", points);
        map.put("lowLabel", lowLabel.toMap());
        map.put("highLabel", highLabel.toMap());
        return map;
    }

    static RatingScale fromMap(Map<String, Object> map, String path) {
        return new RatingScale(JsonValues.integer(map, "points", 5, path),
                Bilingual.fromMap(JsonValues.map(map, "lowLabel", path), path),
                Bilingual.fromMap(JsonValues.map(map, "highLabel", path), path));
    }
}

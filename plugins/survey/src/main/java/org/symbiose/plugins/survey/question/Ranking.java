package org.symbiose.plugins.survey.question;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.RankingAnswer;

/**
 * Every option put in order of preference, sent as the list of keys, first preferred first. A
 * partial ranking is refused: the average ranks in the results assume everyone ranked all.
 *
 * @param options what is ranked
 */
public record Ranking(OptionList options) implements AnswerFormat {

    @Override
    public QuestionType type() {
        return QuestionType.RANKING;
    }

    @Override
    public AnswerCheck read(Object json) {
        if (!(json instanceof List<?> sent)) {
            return AnswerCheck.refused(ProblemCode.WRONG_KIND);
        }
        Set<String> seen = new HashSet<>();
        for (Object key : sent) {
            if (!(key instanceof String k)) {
                return AnswerCheck.refused(ProblemCode.WRONG_KIND);
            }
            if (!options.has(k)) {
                return AnswerCheck.refused(ProblemCode.UNKNOWN_OPTION, k);
            }
            if (!seen.add(k)) {
                return AnswerCheck.refused(ProblemCode.DUPLICATE_CHOICE, k);
            }
        }
        for (String key : options.keys()) {
            if (!seen.contains(key)) {
                return AnswerCheck.refused(ProblemCode.RANKING_INCOMPLETE, key);
            }
        }
        return AnswerCheck.accepted(new RankingAnswer(sent.stream().map(String.class::cast).toList()));
    }

    @Override
    public List<SurveyProblem> problems(String questionId, List<String> languages) {
        return options.problems(questionId, 2, languages);
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        options.putInto(map, "options");
        return map;
    }

    static Ranking fromMap(Map<String, Object> map, String path) {
        return new Ranking(OptionList.fromMap(map, "options", path));
    }
}

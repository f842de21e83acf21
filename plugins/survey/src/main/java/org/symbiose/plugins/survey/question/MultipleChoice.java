package org.symbiose.plugins.survey.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;

/**
 * Any number of options between {@code min} and {@code max}. "Other" counts as one choice.
 *
 * @param options      the options
 * @param otherOffered whether "other, please say" is offered after them
 * @param min          fewest choices in an answer (an unanswered optional question has none)
 * @param max          most choices, or null for as many as there are
 */
public record MultipleChoice(OptionList options, boolean otherOffered, int min, Integer max) implements ChoiceFormat {

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_CHOICE;
    }

    /** How many choices there are, "other" included. */
    public int choiceCount() {
        return options.options().size() + (otherOffered ? 1 : 0);
    }

    @Override
    public AnswerCheck read(Object json) {
        AnswerCheck check = SentChoices.read(json, options, otherOffered);
        if (!check.isAccepted()) {
            return check;
        }
        int chosen = ((ChoiceAnswer) check.answer()).choices().size();
        if (max != null && chosen > max) {
            return AnswerCheck.refused(ProblemCode.TOO_MANY_CHOICES, max);
        }
        if (chosen < Math.max(min, 1)) {
            return AnswerCheck.refused(ProblemCode.TOO_FEW_CHOICES, Math.max(min, 1));
        }
        return check;
    }

    @Override
    public List<SurveyProblem> problems(String questionId, List<String> languages) {
        List<SurveyProblem> problems = new ArrayList<>(options.problems(questionId, 1, languages));
        int most = max == null ? choiceCount() : max;
        if (min < 0 || most < 1 || min > most || most > choiceCount()) {
            problems.add(SurveyProblem.of(questionId, ProblemCode.BAD_LIMITS, min, most));
        }
        return problems;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = choiceMap();
        map.put("min", min);
        if (max != null) {
            map.put("max", max);
        }
        return map;
    }

    static MultipleChoice fromMap(Map<String, Object> map, String path) {
        int max = JsonValues.integer(map, "max", -1, path);
        return new MultipleChoice(OptionList.fromMap(map, "options", path), JsonValues.flag(map, "otherOffered", path),
                JsonValues.integer(map, "min", 0, path), max < 0 ? null : max);
    }
}

package org.symbiose.plugins.survey.question;

import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;

/**
 * One option out of several.
 *
 * @param options      the options
 * @param display      radio buttons or a list
 * @param otherOffered whether "other, please say" is offered after them
 */
public record SingleChoice(OptionList options, ChoiceDisplay display, boolean otherOffered) implements ChoiceFormat {

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE_CHOICE;
    }

    @Override
    public AnswerCheck read(Object json) {
        AnswerCheck check = SentChoices.read(json, options, otherOffered);
        if (check.isAccepted() && ((ChoiceAnswer) check.answer()).choices().size() > 1) {
            return AnswerCheck.refused(ProblemCode.TOO_MANY_CHOICES, 1);
        }
        return check;
    }

    @Override
    public List<SurveyProblem> problems(String questionId, List<String> languages) {
        return options.problems(questionId, 2, languages);
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = choiceMap();
        map.put("display", display.key());
        return map;
    }

    static SingleChoice fromMap(Map<String, Object> map, String path) {
        return new SingleChoice(OptionList.fromMap(map, "options", path),
                ChoiceDisplay.of(JsonValues.text(map, "display", path), JsonValues.at(path, "display")),
                JsonValues.flag(map, "otherOffered", path));
    }
}

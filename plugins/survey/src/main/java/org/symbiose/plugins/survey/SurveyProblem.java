package org.symbiose.plugins.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with a definition or a response: what is at fault, why, and the values the
 * reason names. A REST layer turns a list of them into one 422 problem with
 * {@code errors: [{field, code, message}]}, so a form can put each message next to its question.
 *
 * @param field     the id of the question (or page, quota, option path) at fault, or
 *                  {@code languages} / {@code survey} for the whole
 * @param code      why
 * @param arguments the values its text shows ({@code {0}}, {@code {1}}, …), as texts
 */
public record SurveyProblem(String field, ProblemCode code, List<String> arguments) {

    public SurveyProblem {
        arguments = List.copyOf(arguments);
    }

    public static SurveyProblem of(String field, ProblemCode code, Object... arguments) {
        return new SurveyProblem(field, code, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The reason for people, in French or English. */
    public String message(Locale language) {
        return SurveyTexts.say(language, code.messageKey(), arguments.toArray());
    }
}

package org.symbiose.plugins.survey;

import java.util.List;
import java.util.Locale;
import org.symbiose.api.rest.FieldProblem;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * The plugin's refusals as the API's problems: a {@link MalformedShape} is a 400 naming its path,
 * a list of {@link SurveyProblem}s one 422 (or 409 for quotas) listing them all with their codes,
 * in the caller's language.
 */
public final class Refusals {

    private Refusals() {
    }

    /** 400 {@code malformed-body} at the shape's path. */
    public static ProblemException malformed(MalformedShape shape) {
        return new ProblemException(ProblemType.MALFORMED_BODY, shape.path(), shape.getMessage());
    }

    /** Nothing when there are no problems; else one refusal of {@code type} listing each. */
    public static void refuse(ProblemType type, List<SurveyProblem> problems, Locale language) {
        if (problems.isEmpty()) {
            return;
        }
        List<FieldProblem> errors = problems.stream()
                .map(p -> new FieldProblem(p.field(), p.code().code(), p.message(language))).toList();
        String detail = errors.size() == 1 ? errors.getFirst().message()
                : SurveyTexts.say(language, "survey.problems", errors.size());
        throw new ProblemException(type, detail, errors);
    }
}

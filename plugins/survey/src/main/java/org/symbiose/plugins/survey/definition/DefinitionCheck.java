package org.symbiose.plugins.survey.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symbiose.plugins.survey.JsonLength;
import org.symbiose.plugins.survey.Language;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.question.Question;

/**
 * Everything wrong with a survey a manager saves, all at once so the builder can mark every place:
 * languages, texts missing in one of them, ids, empty pages, each question's settings, the logic
 * ({@link LogicCheck}) and the quotas, and its stored size. Empty means it may be saved.
 */
public final class DefinitionCheck {

    /**
     * Most characters of JSON a definition takes: it is stored as one attribute of the survey's
     * item, whose attributes hold {@code ContentStore.MAX_ATTRIBUTES} (20,000) characters; the
     * rest is left to the item's other attributes (state, dates).
     */
    public static final int MAX_JSON = 19_000;

    private DefinitionCheck() {
    }

    public static List<SurveyProblem> problems(Survey survey) {
        List<SurveyProblem> problems = new ArrayList<>();
        List<String> languages = survey.languages();
        if (languages.isEmpty()) {
            problems.add(SurveyProblem.of("languages", ProblemCode.NO_LANGUAGE));
        }
        languages.stream().filter(l -> !Language.known(l)).forEach(
                l -> problems.add(SurveyProblem.of("languages", ProblemCode.UNKNOWN_LANGUAGE, l)));
        List<String> known = languages.stream().filter(Language::known).distinct().toList();
        problems.addAll(survey.title().problemsIn(known, "title"));
        if (!survey.intro().isEmpty()) {
            problems.addAll(survey.intro().problemsIn(known, "intro"));
        }
        if (survey.questions().isEmpty()) {
            problems.add(SurveyProblem.of("survey", ProblemCode.EMPTY_SURVEY));
        }
        Set<String> ids = new HashSet<>();
        for (SurveyPage page : survey.pages()) {
            id(page.id(), ids, problems);
            if (page.questions().isEmpty()) {
                problems.add(SurveyProblem.of(page.id(), ProblemCode.EMPTY_PAGE));
            }
            if (!page.title().isEmpty()) {
                problems.addAll(page.title().problemsIn(known, page.id()));
            }
            for (Question question : page.questions()) {
                if (!ids.add(question.id())) {
                    problems.add(SurveyProblem.of(question.id(), ProblemCode.DUPLICATE_ID, question.id()));
                }
                problems.addAll(question.problems(known));
            }
        }
        for (Quota quota : survey.quotas()) {
            id(quota.id(), ids, problems);
            if (quota.limit() < 1) {
                problems.add(SurveyProblem.of(quota.id(), ProblemCode.QUOTA_LIMIT));
            }
        }
        problems.addAll(LogicCheck.problems(survey));
        int length = JsonLength.of(survey.toMap());
        if (length > MAX_JSON) {
            problems.add(SurveyProblem.of("survey", ProblemCode.DEFINITION_TOO_LARGE, length, MAX_JSON));
        }
        return problems;
    }

    private static void id(String id, Set<String> ids, List<SurveyProblem> problems) {
        if (!Question.ID.matcher(id).matches()) {
            problems.add(SurveyProblem.of(id, ProblemCode.BAD_ID, id));
        } else if (!ids.add(id)) {
            problems.add(SurveyProblem.of(id, ProblemCode.DUPLICATE_ID, id));
        }
    }
}

package org.symbiose.plugins.survey.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.JsonLength;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.Answer;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.question.AnswerCheck;
import org.symbiose.plugins.survey.question.Question;

/**
 * A whole response checked on the server against its survey, whatever the client showed: each
 * answer read by its question's format, then the logic replayed to refuse answers to hidden
 * questions and to require the shown required ones. Every problem is collected, each naming its
 * question, so the respondent fixes them in one go; a response with any problem is not stored at
 * all.
 */
public final class ResponseCheck {

    /**
     * Most characters of JSON a response's answers take: a response is one plugin record, whose
     * value the core takes up to 4,000 characters of JSON; the rest is for its date and language.
     */
    public static final int MAX_JSON = 3_900;

    private ResponseCheck() {
    }

    /**
     * @param sent     question id to the JSON value sent; null, blank text and empty list or map
     *                 count as not answered
     * @param language the language the respondent answers in
     */
    public static ResponseOutcome check(Survey survey, String language, Map<String, Object> sent) {
        List<SurveyProblem> problems = new ArrayList<>();
        if (!survey.languages().contains(language)) {
            problems.add(SurveyProblem.of("language", ProblemCode.LANGUAGE_NOT_OFFERED, language));
        }
        sent.keySet().stream().filter(id -> survey.question(id).isEmpty()).sorted().forEach(
                id -> problems.add(SurveyProblem.of(id, ProblemCode.UNKNOWN_QUESTION, id)));
        Map<String, Answer> read = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (Question question : survey.questions()) {
            Object value = sent.get(question.id());
            if (unanswered(value)) {
                continue;
            }
            AnswerCheck check = question.format().read(value);
            if (check.isAccepted()) {
                read.put(question.id(), check.answer());
            } else {
                refused.add(question.id());
                problems.add(check.problemAt(question.id()));
            }
        }
        Visibility visibility = Visibility.of(survey, read);
        Map<String, Answer> kept = new LinkedHashMap<>();
        for (Question question : survey.questions()) {
            boolean answered = read.containsKey(question.id()) || refused.contains(question.id());
            if (!visibility.shows(question.id())) {
                if (answered) {
                    problems.add(SurveyProblem.of(question.id(), ProblemCode.HIDDEN_QUESTION, question.id()));
                }
            } else if (read.containsKey(question.id())) {
                kept.put(question.id(), read.get(question.id()));
            } else if (question.required() && !answered) {
                problems.add(SurveyProblem.of(question.id(), ProblemCode.REQUIRED, question.id()));
            }
        }
        Map<String, Object> stored = new LinkedHashMap<>();
        kept.forEach((id, answer) -> stored.put(id, answer.toJson()));
        int length = JsonLength.of(stored);
        if (length > MAX_JSON) {
            problems.add(SurveyProblem.of("survey", ProblemCode.RESPONSE_TOO_LARGE, length, MAX_JSON));
        }
        return new ResponseOutcome(kept, problems);
    }

    private static boolean unanswered(Object value) {
        return switch (value) {
            case null -> true;
            case String text -> text.isBlank();
            case List<?> list -> list.isEmpty();
            case Map<?, ?> map -> map.isEmpty();
            default -> false;
        };
    }
}

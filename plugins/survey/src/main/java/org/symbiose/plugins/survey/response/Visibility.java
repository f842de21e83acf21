package org.symbiose.plugins.survey.response;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.symbiose.plugins.survey.answer.Answer;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.definition.SurveyPage;
import org.symbiose.plugins.survey.question.Question;

/**
 * Which pages and questions a respondent is shown, given their answers. Decided in one pass in
 * the survey's order, which the save-time check makes sufficient (conditions read only earlier
 * questions). Conditions read only the answers of shown questions: an answer left behind on a
 * question that became hidden counts as absent, so whatever depends on it hides too.
 *
 * @param pages     the ids of the shown pages
 * @param questions the ids of the shown questions
 */
public record Visibility(Set<String> pages, Set<String> questions) {

    public static Visibility of(Survey survey, Map<String, Answer> answers) {
        Map<String, Answer> shownAnswers = new LinkedHashMap<>();
        Set<String> pages = new LinkedHashSet<>();
        Set<String> questions = new LinkedHashSet<>();
        for (SurveyPage page : survey.pages()) {
            if (page.showIf() != null && !page.showIf().holdsFor(shownAnswers)) {
                continue;
            }
            pages.add(page.id());
            for (Question question : page.questions()) {
                if (question.showIf() == null || question.showIf().holdsFor(shownAnswers)) {
                    questions.add(question.id());
                    if (answers.containsKey(question.id())) {
                        shownAnswers.put(question.id(), answers.get(question.id()));
                    }
                }
            }
        }
        return new Visibility(Set.copyOf(pages), Set.copyOf(questions));
    }

    public boolean shows(String questionId) {
        return questions.contains(questionId);
    }
}

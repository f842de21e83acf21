package org.symbiose.plugins.survey.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.Language;
import org.symbiose.plugins.survey.survey.StoredSurvey;

/**
 * A survey as a respondent reads it: the definition's shape with each text in their language
 * (a {@code {"en": …, "fr": …}} map becomes its text), and what they need to know around it.
 *
 * @param id        the survey
 * @param language  the language shown, which the response is sent in
 * @param languages the languages it is offered in
 * @param anonymous whether responses are kept without who gave them
 * @param closesAt  when it stops taking responses, or null
 * @param answered  whether this respondent already answered (a response would be a 409)
 * @param form      the definition in {@code language}
 */
public record FormView(long id, String language, List<String> languages, boolean anonymous, String closesAt,
        boolean answered, Map<String, Object> form) {

    static FormView of(StoredSurvey survey, String language, boolean answered) {
        return new FormView(survey.id(), language, survey.definition().languages(), survey.settings().anonymous(),
                survey.settings().closesAt() == null ? null : survey.settings().closesAt().toString(), answered,
                in(survey.definition().toMap(), language));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> in(Map<String, Object> map, String language) {
        Map<String, Object> shown = new LinkedHashMap<>();
        map.forEach((name, value) -> shown.put(name, localized(value, language)));
        return shown;
    }

    @SuppressWarnings("unchecked")
    private static Object localized(Object value, String language) {
        return switch (value) {
            case Map<?, ?> map when !map.isEmpty() && Language.ALL.containsAll(map.keySet()) ->
                map.containsKey(language) ? map.get(language) : map.values().iterator().next();
            case Map<?, ?> map -> in((Map<String, Object>) map, language);
            case List<?> list -> list.stream().map(v -> localized(v, language)).toList();
            default -> value;
        };
    }
}

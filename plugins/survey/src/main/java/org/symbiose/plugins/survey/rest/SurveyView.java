package org.symbiose.plugins.survey.rest;

import java.util.Map;
import org.symbiose.plugins.survey.survey.StoredSurvey;
import org.symbiose.plugins.survey.survey.SurveySettings;

/**
 * A survey as managers read it: its definition in the shape they send it, its settings, state
 * and how many responses it took.
 */
public record SurveyView(long id, String state, Map<String, Object> definition, String access, String opensAt,
        String closesAt, Integer responseLimit, boolean anonymous, long responses, long authorId, String created,
        long version) {

    static SurveyView of(StoredSurvey survey, long responses) {
        SurveySettings settings = survey.settings();
        return new SurveyView(survey.id(), survey.published() ? "published" : "draft", survey.definition().toMap(),
                settings.access().key(), settings.opensAt() == null ? null : settings.opensAt().toString(),
                settings.closesAt() == null ? null : settings.closesAt().toString(), settings.responseLimit(),
                settings.anonymous(), responses, survey.author().id(), survey.created().toString(), survey.version());
    }
}

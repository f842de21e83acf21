package org.symbiose.plugins.survey.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options chosen in a single (one of them) or multiple choice question, and the respondent's
 * own words when one of them is {@value #OTHER}.
 *
 * @param choices the option keys, in the order they were sent
 * @param other   the "other, please say" text, or null
 */
public record ChoiceAnswer(List<String> choices, String other) implements Answer {

    /** The reserved key of the "other, please say" option. */
    public static final String OTHER = "other";

    public ChoiceAnswer {
        choices = List.copyOf(choices);
    }

    /** Whether {@code key} is among the choices. */
    public boolean chose(String key) {
        return choices.contains(key);
    }

    @Override
    public Object toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("choices", choices);
        if (other != null) {
            json.put(OTHER, other);
        }
        return json;
    }
}

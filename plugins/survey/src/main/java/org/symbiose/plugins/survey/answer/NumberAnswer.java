package org.symbiose.plugins.survey.answer;

import java.math.BigDecimal;

/**
 * A number: a number question's value, a rating (1 to its points) or a 0–10 recommendation.
 * BigDecimal, because respondents' decimals must come back as typed (0.1 stays 0.1 in exports).
 */
public record NumberAnswer(BigDecimal value) implements Answer {

    @Override
    public Object toJson() {
        return value;
    }
}

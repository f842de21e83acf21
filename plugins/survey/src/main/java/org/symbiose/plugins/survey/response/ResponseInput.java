package org.symbiose.plugins.survey.response;

import java.util.Map;

/**
 * {@code POST /surveys/{survey}/responses} and {@code PUT …/responses/draft}: the answers, question
 * id to value (see the README's shapes), and the language they are given in (the survey's first
 * when absent).
 */
public class ResponseInput {
    public String language;
    public Map<String, Object> answers;
}

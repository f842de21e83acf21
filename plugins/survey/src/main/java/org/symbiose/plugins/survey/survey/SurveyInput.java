package org.symbiose.plugins.survey.survey;

import java.util.Map;

/**
 * {@code POST /surveys} and {@code PUT /surveys/{survey}}: what is sent is changed, what is absent
 * kept. {@code definition} is the survey's shape (see the README); dates are ISO-8601 instants
 * (empty text: none); {@code responseLimit} 0 means none.
 */
public class SurveyInput {
    public Map<String, Object> definition;
    public String access;
    public String opensAt;
    public String closesAt;
    public Integer responseLimit;
    public Boolean anonymous;
    public Long version;
}

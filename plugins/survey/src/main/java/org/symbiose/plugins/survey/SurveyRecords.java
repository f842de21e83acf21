package org.symbiose.plugins.survey;

import java.time.Duration;

/**
 * The plugin's record collections and their keys, {@code <survey id>:<rest>}, so that each
 * survey's records are one prefix:
 * <ul>
 * <li>{@value #TALLIES}: counters, {@code <survey>:<Tally key>} ({@code 12:responses}, {@code 12:q1:yes});</li>
 * <li>{@value #QUOTAS}: counters, {@code <survey>:<quota id>};</li>
 * <li>{@value #CLAIMS}: who responded, {@code <survey>:<respondent claim>}, taken in the response's
 * transaction so a second response is refused;</li>
 * <li>{@value #RESPONSES}: responses, {@code <survey>:<random id>};</li>
 * <li>{@value #DRAFTS}: answers saved to resume, {@code <survey>:<respondent claim>};</li>
 * <li>{@value #TOKENS}: invitation tokens, {@code <survey>:<token>}.</li>
 * </ul>
 */
public final class SurveyRecords {

    public static final String TALLIES = "tallies";
    public static final String QUOTAS = "quotas";
    public static final String CLAIMS = "claims";
    public static final String RESPONSES = "responses";
    public static final String DRAFTS = "drafts";
    public static final String TOKENS = "tokens";
    /** How long a claim or a token lasts: as long as the survey. */
    public static final Duration FOR_GOOD = Duration.ofDays(365L * 100);

    private SurveyRecords() {
    }

    /** The key of {@code part} of survey {@code surveyId}. */
    public static String key(long surveyId, String part) {
        return surveyId + ":" + part;
    }
}

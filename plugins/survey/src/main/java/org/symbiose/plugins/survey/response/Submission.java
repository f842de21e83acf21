package org.symbiose.plugins.survey.response;

/**
 * A response taken.
 *
 * @param id        its key in the survey's responses
 * @param submitted when, as stored (to the day for an anonymous survey)
 * @param responses how many responses the survey has with it
 */
public record Submission(String id, String submitted, long responses) {
}

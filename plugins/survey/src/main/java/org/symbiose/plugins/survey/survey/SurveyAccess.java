package org.symbiose.plugins.survey.survey;

import org.symbiose.plugins.survey.DashedName;

/** Who may respond to a survey, stored and sent by its dashed name. */
public enum SurveyAccess implements DashedName {
    /** Anyone, visitors included: one response per member, or per browser key for a visitor. */
    PUBLIC,
    /** Signed-in members: one response each. */
    MEMBERS,
    /** Holders of an invitation token the managers issued: one response per token. */
    TOKENS
}

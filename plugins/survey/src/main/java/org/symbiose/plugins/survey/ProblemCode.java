package org.symbiose.plugins.survey;

/**
 * Why a survey definition or a response is refused: a stable {@link #code()} that clients switch
 * on (a REST layer sends it in each {@code errors[]} entry of a 422 problem), with a text for
 * people in French and English under {@code survey.problem.<code>} in the plugin's messages.
 */
public enum ProblemCode implements DashedName {
    // a definition, when saved
    NO_LANGUAGE,
    UNKNOWN_LANGUAGE,
    MISSING_TEXT,
    BAD_ID,
    DUPLICATE_ID,
    EMPTY_SURVEY,
    EMPTY_PAGE,
    TOO_FEW_OPTIONS,
    DUPLICATE_OPTION,
    BAD_LIMITS,
    CONDITION_UNKNOWN_QUESTION,
    FORWARD_REFERENCE,
    LOGIC_CYCLE,
    OPERATOR_UNFIT,
    CONDITION_BAD_VALUE,
    EMPTY_CONDITION,
    QUOTA_LIMIT,
    DEFINITION_TOO_LARGE,
    QUESTION_REMOVED,
    TYPE_CHANGED,
    OPTION_REMOVED,
    // a response, when it comes in
    UNKNOWN_QUESTION,
    HIDDEN_QUESTION,
    REQUIRED,
    WRONG_KIND,
    UNKNOWN_OPTION,
    DUPLICATE_CHOICE,
    OTHER_MISSING,
    OTHER_NOT_OFFERED,
    TOO_MANY_CHOICES,
    TOO_FEW_CHOICES,
    OUT_OF_RANGE,
    TOO_PRECISE,
    NOT_A_DATE,
    TOO_LONG,
    MATRIX_ROW_MISSING,
    RANKING_INCOMPLETE,
    LANGUAGE_NOT_OFFERED,
    QUOTA_FULL,
    RESPONSE_TOO_LARGE;

    /** The stable code, lower-case with dashes, as clients see it. */
    public String code() {
        return key();
    }

    /** The key of its text in the plugin's messages. */
    public String messageKey() {
        return "survey.problem." + code();
    }
}

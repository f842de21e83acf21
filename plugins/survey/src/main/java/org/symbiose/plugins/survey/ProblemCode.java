package org.symbiose.plugins.survey;

/**
 * Why a survey definition or a response is refused: a stable {@link #code()} that clients switch
 * on (a REST layer sends it in each {@code errors[]} entry of a 422 problem), with a text for
 * people in French and English under {@code survey.problem.<code>} in the plugin's messages.
 */
public enum ProblemCode {
    // a definition, when saved
    NO_LANGUAGE("no-language"),
    UNKNOWN_LANGUAGE("unknown-language"),
    MISSING_TEXT("missing-text"),
    BAD_ID("bad-id"),
    DUPLICATE_ID("duplicate-id"),
    EMPTY_SURVEY("empty-survey"),
    EMPTY_PAGE("empty-page"),
    TOO_FEW_OPTIONS("too-few-options"),
    DUPLICATE_OPTION("duplicate-option"),
    BAD_LIMITS("bad-limits"),
    CONDITION_UNKNOWN_QUESTION("condition-unknown-question"),
    FORWARD_REFERENCE("forward-reference"),
    LOGIC_CYCLE("logic-cycle"),
    OPERATOR_UNFIT("operator-unfit"),
    CONDITION_BAD_VALUE("condition-bad-value"),
    EMPTY_CONDITION("empty-condition"),
    QUOTA_LIMIT("quota-limit"),
    DEFINITION_TOO_LARGE("definition-too-large"),
    QUESTION_REMOVED("question-removed"),
    TYPE_CHANGED("type-changed"),
    OPTION_REMOVED("option-removed"),
    // a response, when it comes in
    UNKNOWN_QUESTION("unknown-question"),
    HIDDEN_QUESTION("hidden-question"),
    REQUIRED("required"),
    WRONG_KIND("wrong-kind"),
    UNKNOWN_OPTION("unknown-option"),
    DUPLICATE_CHOICE("duplicate-choice"),
    OTHER_MISSING("other-missing"),
    OTHER_NOT_OFFERED("other-not-offered"),
    TOO_MANY_CHOICES("too-many-choices"),
    TOO_FEW_CHOICES("too-few-choices"),
    OUT_OF_RANGE("out-of-range"),
    TOO_PRECISE("too-precise"),
    NOT_A_DATE("not-a-date"),
    TOO_LONG("too-long"),
    MATRIX_ROW_MISSING("matrix-row-missing"),
    RANKING_INCOMPLETE("ranking-incomplete"),
    LANGUAGE_NOT_OFFERED("language-not-offered"),
    QUOTA_FULL("quota-full"),
    RESPONSE_TOO_LARGE("response-too-large");

    private final String code;

    ProblemCode(String code) {
        this.code = code;
    }

    /** The stable code, lower-case with dashes, as clients see it. */
    public String code() {
        return code;
    }

    /** The key of its text in the plugin's messages. */
    public String messageKey() {
        return "survey.problem." + code;
    }
}

package org.symbiose.plugins.survey.survey;

import java.util.regex.Pattern;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * Who answers: a member, the holder of an invitation token, or a visitor's browser, known by a
 * random key it keeps. What a survey's access goes by is its {@link #claim}, which one response
 * per respondent is counted on.
 *
 * @param memberId   the signed-in member, or null
 * @param token      the invitation token sent, or null
 * @param browserKey the visitor browser's key, or null
 */
public record Respondent(Long memberId, String token, String browserKey) {

    /** What tokens and browser keys look like: random, URL-safe. */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    public Respondent {
        token = blankToNull(token);
        browserKey = blankToNull(browserKey);
        if (browserKey != null && !KEY.matcher(browserKey).matches()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "browserKey",
                    "A browser key is 16 to 64 letters, digits, - or _");
        }
    }

    /** A signed-in member, without token nor browser key. */
    public static Respondent member(long memberId) {
        return new Respondent(memberId, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The respondent as {@code access} counts them: {@code t:<token>} for tokens, {@code m:<id>}
     * for a member, {@code b:<key>} for a visitor of a public survey.
     *
     * @throws ProblemException 401 for a visitor where members answer, 403 without a token where
     *                          tokens do, 400 for a visitor of a public survey without a browser key
     */
    public String claim(SurveyAccess access) {
        return switch (access) {
            case TOKENS -> {
                if (token == null || !KEY.matcher(token).matches()) {
                    throw new ProblemException(ProblemType.FORBIDDEN, "token", "This survey is answered by invitation");
                }
                yield "t:" + token;
            }
            case MEMBERS -> "m:" + member();
            case PUBLIC -> {
                if (memberId != null) {
                    yield "m:" + memberId;
                }
                if (browserKey == null) {
                    throw new ProblemException(ProblemType.BAD_REQUEST, "browserKey",
                            "Send the browser's key to answer without signing in");
                }
                yield "b:" + browserKey;
            }
        };
    }

    private long member() {
        if (memberId == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in to answer this survey");
        }
        return memberId;
    }
}

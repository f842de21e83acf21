package org.symbiose.plugins.faq.helpful;

import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * Who votes: a member, or a visitor known by the random token of their browser's cookie.
 *
 * @param memberId the member, or null for a visitor
 * @param browser  the visitor's cookie token, or null for a member
 */
public record Voter(Long memberId, String browser) {

    /** The visitor cookie's name. */
    public static final String COOKIE = "faq-voter";

    public Voter {
        if (memberId == null && (browser == null || !browser.matches("[A-Za-z0-9_-]{16,64}"))) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "A visitor votes with the token of the " + COOKIE
                    + " cookie this API sets");
        }
    }

    /** The key of this voter's vote on one entry. */
    String key(long entryId) {
        return entryId + (memberId != null ? ":m" + memberId : ":b" + browser);
    }
}

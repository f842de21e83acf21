package org.symbiose.web.security;

import java.time.Instant;
import org.symbiose.core.member.SignIn;

/**
 * Why the site's sign-in form was refused, as a message key and its arguments, so that the form says it in the
 * page's language (the API's problem details stay English).
 *
 * @param key       the site bundle's key, under {@code login.refused.}
 * @param arguments the message's arguments (an {@link Instant} is a moment the page writes in its language)
 */
public record SignInRefusal(String key, Object... arguments) {

    /** Too many failed attempts: try again in {@code minutes}. */
    static SignInRefusal throttled(long minutes) {
        return new SignInRefusal("login.refused.throttled", minutes);
    }

    /** The member service said no: a suspension with its end, or wrong credentials (never which of the two is wrong). */
    static SignInRefusal of(SignIn outcome) {
        Instant until = outcome.suspendedUntil();
        return until == null ? new SignInRefusal("login.refused.credentials")
                : new SignInRefusal("login.refused.suspended", until);
    }
}

package org.symbiose.core.member;

import java.time.Instant;
import org.symbiose.api.member.AccountState;

/**
 * The outcome of checking credentials.
 *
 * @param member         the member when the credentials match and the account may sign in, else null
 * @param refusal        why sign-in is refused, in English for the API, or null
 * @param suspendedUntil when a refusal is a suspension, its end, so pages can say it in their language; else null
 */
public record SignIn(Member member, String refusal, Instant suspendedUntil) {

    public boolean accepted() {
        return member != null;
    }

    static SignIn refused() {
        return new SignIn(null, "Wrong e-mail or password", null);
    }

    /** Matching credentials still do not let a suspended or deleted member in. */
    static SignIn of(Member member, Instant now) {
        AccountState state = member.stateAt(now);
        return switch (state) {
            case ACTIVE, SILENCED -> new SignIn(member, null, null);
            case SUSPENDED -> new SignIn(null, "This account is suspended until " + member.getSuspendedUntil(),
                    member.getSuspendedUntil());
            case DELETED -> refused();
        };
    }
}

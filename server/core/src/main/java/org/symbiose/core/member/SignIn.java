package org.symbiose.core.member;

import java.time.Instant;
import org.symbiose.api.member.AccountState;

/**
 * The outcome of checking credentials.
 *
 * @param member  the member when the credentials match and the account may sign in, else null
 * @param refusal why sign-in is refused, or null
 */
public record SignIn(Member member, String refusal) {

    public boolean accepted() {
        return member != null;
    }

    static SignIn refused() {
        return new SignIn(null, "Wrong e-mail or password");
    }

    /** Matching credentials still do not let a suspended or deleted member in. */
    static SignIn of(Member member, Instant now) {
        AccountState state = member.stateAt(now);
        return switch (state) {
            case ACTIVE, SILENCED -> new SignIn(member, null);
            case SUSPENDED -> new SignIn(null, "This account is suspended until " + member.getSuspendedUntil());
            case DELETED -> refused();
        };
    }
}

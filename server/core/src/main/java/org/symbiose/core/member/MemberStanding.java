package org.symbiose.core.member;

import java.time.Instant;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.member.Role;

/**
 * What a request needs to know of a member to let them in and decide what they may do: who they
 * are, their role, their account's state and their trust level. Immutable, so that
 * {@link Standings} can share one among every request of a node.
 *
 * @param suspendedUntil when a suspension or silence ends by itself; null when it does not
 */
public record MemberStanding(long id, String displayName, Role role, AccountState state, Instant suspendedUntil,
        Instant created, int trustLevel) {

    /** The state that applies at {@code now}: a suspension or silence whose end has passed is over. */
    public AccountState stateAt(Instant now) {
        return stateAt(state, suspendedUntil, now);
    }

    /** Whether this member may post, reply, vote and react at {@code now}. */
    public boolean canPostAt(Instant now) {
        return stateAt(now) == AccountState.ACTIVE;
    }

    /** Whether they may sign in or call the API at {@code now}: active or silenced. */
    public boolean mayEnterAt(Instant now) {
        return switch (stateAt(now)) {
            case ACTIVE, SILENCED -> true;
            case SUSPENDED, DELETED -> false;
        };
    }

    public MemberRef ref() {
        return new MemberRef(id, displayName);
    }

    /** As the API shows a member to plugins. */
    public MemberInfo info() {
        return new MemberInfo(ref(), role, state, created, trustLevel);
    }

    /**
     * The state that applies at {@code now} to an account in {@code state} until {@code until}: one
     * rule for the entity and its standing, so that no scheduled job has to end a suspension.
     */
    static AccountState stateAt(AccountState state, Instant until, Instant now) {
        if ((state == AccountState.SUSPENDED || state == AccountState.SILENCED) && until != null && !now.isBefore(until)) {
            return AccountState.ACTIVE;
        }
        return state;
    }
}

package org.symbiose.api.member;

import java.time.Instant;
import java.util.Objects;

/**
 * What plugins may know of a member.
 *
 * @param ref        id and public name
 * @param role       their role
 * @param state      their account state
 * @param joined     when they registered
 * @param trustLevel their trust level, 0 (new) to 4 (leader), earned by participating; since 1.3
 */
public record MemberInfo(MemberRef ref, Role role, AccountState state, Instant joined, int trustLevel) {

    /** The highest trust level, only given by hand. */
    public static final int LEADER = 4;

    public MemberInfo {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(joined, "joined");
        if (trustLevel < 0 || trustLevel > LEADER) {
            throw new IllegalArgumentException("A trust level is between 0 and " + LEADER);
        }
    }

    /** A member at trust level 0, as before trust levels existed. */
    public MemberInfo(MemberRef ref, Role role, AccountState state, Instant joined) {
        this(ref, role, state, joined, 0);
    }
}

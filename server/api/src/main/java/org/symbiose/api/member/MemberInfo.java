package org.symbiose.api.member;

import java.time.Instant;
import java.util.Objects;

/**
 * What plugins may know of a member.
 *
 * @param ref    id and public name
 * @param role   their role
 * @param state  their account state
 * @param joined when they registered
 */
public record MemberInfo(MemberRef ref, Role role, AccountState state, Instant joined) {

    public MemberInfo {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(joined, "joined");
    }
}

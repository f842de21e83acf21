package org.symbiose.web.security;

import org.symbiose.api.member.Role;

/**
 * The signed-in member of the current request, as established by {@link MemberAuthentication}.
 *
 * @param id      the member's id
 * @param role    their role
 * @param canPost false when silenced
 */
public record Caller(long id, Role role, boolean canPost) {

    /** The request attribute that carries the caller. */
    public static final String ATTRIBUTE = Caller.class.getName();

    public boolean is(Role atLeast) {
        return role.includes(atLeast);
    }
}

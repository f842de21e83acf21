package org.symbiose.plugins.forum;

import java.time.Instant;
import org.symbiose.api.content.Item;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.Role;

/**
 * Who is looking at the forum: a visitor (no id, no role) or a member as the directory knows them.
 *
 * @param id     the member id, or null for a visitor
 * @param role   the member's role, or null for a visitor
 * @param state  the account state, or null for a visitor
 * @param joined when the member registered, or null for a visitor
 * @param trust  the member's trust level, 0 (new) to 4; 0 for a visitor
 */
public record Viewer(Long id, Role role, AccountState state, Instant joined, int trust) {

    private static final Viewer VISITOR = new Viewer(null, null, null, null, 0);

    public static Viewer visitor() {
        return VISITOR;
    }

    public static Viewer of(MemberInfo member) {
        return new Viewer(member.ref().id(), member.role(), member.state(), member.joined(), member.trustLevel());
    }

    /** A new member, trust level 0: stricter limits apply. */
    public boolean isNewcomer() {
        return id != null && trust == 0;
    }

    public boolean isMember() {
        return id != null;
    }

    /** Signed in and allowed to write: not silenced, suspended or deleted. */
    public boolean canPost() {
        return id != null && state == AccountState.ACTIVE;
    }

    /** Whether the viewer holds at least {@code least}. */
    public boolean is(Role least) {
        return role != null && role.includes(least);
    }

    public boolean isAuthorOf(Item item) {
        return id != null && item.author().id() == id;
    }
}

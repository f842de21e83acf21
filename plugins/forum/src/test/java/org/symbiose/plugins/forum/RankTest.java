package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.Role;

class RankTest {

    static Viewer member(Role role) {
        return new Viewer(7L, role, AccountState.ACTIVE, Instant.EPOCH, 1);
    }

    @Test
    void aRankAdmitsItsRoleAndAbove() {
        assertTrue(Rank.ANYONE.admits(Viewer.visitor()));
        assertFalse(Rank.MEMBER.admits(Viewer.visitor()));
        assertTrue(Rank.MEMBER.admits(member(Role.MEMBER)));
        assertFalse(Rank.MODERATOR.admits(member(Role.MEMBER)));
        assertTrue(Rank.MODERATOR.admits(member(Role.ADMINISTRATOR)));
        assertFalse(Rank.COMMUNITY_MANAGER.admits(member(Role.MODERATOR)));
    }

    @Test
    void ranksAreNamedAsRoles() {
        assertEquals(Rank.COMMUNITY_MANAGER, Rank.of(" Community-Manager ", "read"));
        InvalidItemException wrong = assertThrows(InvalidItemException.class, () -> Rank.of("everyone", "read"));
        assertEquals("read", wrong.field());
    }

    @Test
    void writingAlwaysNeedsAnAccount() {
        CategoryAccess access = CategoryAccess.of(Map.of("read", "anyone", "start", "anyone"));
        assertEquals(Rank.MEMBER, access.start());
        assertEquals(Rank.MODERATOR, access.moderate());
    }

    @Test
    void aSilencedMemberReadsButCannotPost() {
        Viewer silenced = new Viewer(7L, Role.MEMBER, AccountState.SILENCED, Instant.EPOCH, 1);
        assertTrue(Rank.MEMBER.admits(silenced));
        assertFalse(silenced.canPost());
        assertFalse(Viewer.visitor().canPost());
    }
}

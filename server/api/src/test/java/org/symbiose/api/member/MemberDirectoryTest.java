package org.symbiose.api.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

class MemberDirectoryTest {

    private final MemberDirectory directory = new Members(Map.of(
            1L, member(1, AccountState.ACTIVE), 2L, member(2, AccountState.SILENCED),
            3L, member(3, AccountState.SUSPENDED), 4L, member(4, AccountState.DELETED)));

    @Test
    void anActiveMemberMayWrite() {
        assertEquals(1, directory.requireActive(1).ref().id());
    }

    @Test
    void aSilencedSuspendedOrDeletedAccountIsRefusedWithOneProblem() {
        for (long id : new long[] {2, 3, 4}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> directory.requireActive(id));
            assertEquals(ProblemType.ACCOUNT_SILENCED, refused.type());
        }
    }

    @Test
    void anUnknownMemberIsToldToSignIn() {
        assertEquals(ProblemType.UNAUTHORIZED,
                assertThrows(ProblemException.class, () -> directory.requireActive(99)).type());
    }

    private static MemberInfo member(long id, AccountState state) {
        return new MemberInfo(new MemberRef(id, "M" + id), Role.MEMBER, state, Instant.EPOCH, 0);
    }

    /** A directory of a few members, answering only what requireActive asks. */
    private record Members(Map<Long, MemberInfo> byId) implements MemberDirectory {
        @Override
        public Optional<MemberInfo> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<MemberInfo> byDisplayName(String displayName) {
            return Optional.empty();
        }

        @Override
        public Locale language(long id) {
            return Locale.ENGLISH;
        }

        @Override
        public Optional<MemberInfo> byEmail(String email) {
            return Optional.empty();
        }

        @Override
        public Optional<MemberInfo> byApiToken(String token) {
            return Optional.empty();
        }
    }
}

package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.Role;
import org.symbiose.api.testing.InMemoryPluginData;
import org.symbiose.api.testing.SettableClock;

/** Two nodes' guards over one database: a member meets the same limits whichever node they reach. */
class PostingGuardTest {

    private static final Map<String, Integer> LIMITS = Map.of(
            ForumSettings.POSTS_PER_MINUTE, 4, ForumSettings.NEWCOMER_POSTS_PER_MINUTE, 2);
    private static final Optional<PostingGuard.Refusal> ADMITTED = Optional.empty();

    private final SettableClock clock = new SettableClock(Instant.parse("2026-05-01T12:00:10Z"));
    private final InMemoryPluginData store = new InMemoryPluginData(clock);
    private final PostingGuard one = guard();
    private final PostingGuard two = guard();
    private final Viewer member = new Viewer(7L, Role.MEMBER, AccountState.ACTIVE, Instant.EPOCH, 1);

    @Test
    void theRateLimitCountsThePostsOfBothNodes() {
        assertEquals(ADMITTED, one.check(member, "one"));
        assertEquals(ADMITTED, two.check(member, "two"));
        assertEquals(ADMITTED, one.check(member, "three"));
        assertEquals(ADMITTED, two.check(member, "four"));
        assertEquals(Optional.of(PostingGuard.Refusal.TOO_FAST), one.check(member, "five"));
        assertEquals(Optional.of(PostingGuard.Refusal.TOO_FAST), two.check(member, "five"),
                "a refused post claims no text: it is too fast again, not a duplicate");
    }

    @Test
    void aDoubleSubmitSplitAcrossTwoNodesIsCaught() {
        assertEquals(ADMITTED, one.check(member, "Same words"));
        assertEquals(Optional.of(PostingGuard.Refusal.DUPLICATE), two.check(member, "same  words"));
    }

    @Test
    void aNewcomerMayPostFewerAndATextRefusedMayBeSentLater() {
        Viewer newcomer = new Viewer(8L, Role.MEMBER, AccountState.ACTIVE, Instant.EPOCH, 0);
        assertEquals(ADMITTED, one.check(newcomer, "first"));
        assertEquals(ADMITTED, two.check(newcomer, "second"));
        assertEquals(Optional.of(PostingGuard.Refusal.TOO_FAST), one.check(newcomer, "third"));
        clock.set(Instant.parse("2026-05-01T12:02:00Z"));
        assertEquals(ADMITTED, two.check(newcomer, "third"));
    }

    private PostingGuard guard() {
        return new PostingGuard(store, clock, new ForumSettings() {
            @Override
            public int number(String key) {
                return LIMITS.get(key);
            }
        });
    }
}

package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.symbiose.api.testing.InMemoryPluginData;
import org.symbiose.api.testing.SettableClock;

/** Two nodes' claims over one store: a double submit split across them is caught. */
class RecentBodiesTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-05-01T12:00:00Z"));
    private final InMemoryPluginData store = new InMemoryPluginData(clock);
    private final RecentBodies one = new RecentBodies(store);
    private final RecentBodies two = new RecentBodies(store);

    @Test
    void theSameTextBySameMemberWithinTenMinutesIsADuplicate() {
        assertTrue(one.claim(1, "Hello  world\n"));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(two.claim(1, "hello world"));
        assertTrue(two.claim(2, "hello world"), "another member may say the same");
        assertTrue(one.claim(1, "hello there"));
        clock.advance(RecentBodies.WINDOW);
        assertTrue(two.claim(1, "hello world"), "ten minutes after the first, it may be said again");
    }

    @Test
    void aReleasedClaimMayBeMadeAgain() {
        assertTrue(one.claim(1, "lost on the way"));
        one.release(1, "lost on the way");
        assertTrue(two.claim(1, "lost on the way"));
    }

    @Test
    void oldClaimsAreRemoved() {
        one.claim(1, "early");
        clock.advance(Duration.ofMinutes(5));
        one.claim(1, "later");
        clock.advance(Duration.ofMinutes(6));
        two.forgetOld();
        assertEquals(1, store.size(RecentBodies.COLLECTION));
        assertFalse(one.claim(1, "later"));
    }
}

package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentBodiesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final RecentBodies bodies = new RecentBodies();

    @Test
    void theSameTextBySameMemberWithinTenMinutesIsADuplicate() {
        bodies.remember(1, "Hello  world\n", NOW);
        assertTrue(bodies.isDuplicate(1, "hello world", NOW.plusSeconds(60)));
        assertFalse(bodies.isDuplicate(2, "hello world", NOW.plusSeconds(60)), "another member may say the same");
        assertFalse(bodies.isDuplicate(1, "hello there", NOW.plusSeconds(60)));
        assertFalse(bodies.isDuplicate(1, "hello world", NOW.plus(RecentBodies.WINDOW).plusSeconds(1)));
    }

    @Test
    void postingAgainLaterStartsANewWindow() {
        bodies.remember(1, "again", NOW);
        bodies.remember(1, "other", NOW.plusSeconds(300));
        bodies.remember(1, "again", NOW.plusSeconds(590));
        assertTrue(bodies.isDuplicate(1, "other", NOW.plusSeconds(899)));
        assertTrue(bodies.isDuplicate(1, "again", NOW.plusSeconds(900)));
        assertFalse(bodies.isDuplicate(1, "other", NOW.plusSeconds(901)));
    }
}

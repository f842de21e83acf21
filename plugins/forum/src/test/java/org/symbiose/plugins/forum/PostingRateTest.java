package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostingRateTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final PostingRate rate = new PostingRate();

    @Test
    void aMemberPostsUpToTheLimitInAnyMinute() {
        for (int i = 0; i < 3; i++) {
            assertTrue(rate.tryPost(1, false, NOW.plusSeconds(i), 3, 1));
        }
        assertFalse(rate.tryPost(1, false, NOW.plusSeconds(30), 3, 1));
        assertTrue(rate.tryPost(2, false, NOW.plusSeconds(30), 3, 1), "others are not affected");
        assertTrue(rate.tryPost(1, false, NOW.plusSeconds(61), 3, 1), "a minute later, the first post counts no more");
    }

    @Test
    void aNewMemberIsHeldToTheStricterLimit() {
        assertTrue(rate.tryPost(1, true, NOW, 3, 1));
        assertFalse(rate.tryPost(1, true, NOW.plusSeconds(1), 3, 1));
        assertTrue(rate.tryPost(1, false, NOW.plusSeconds(2), 3, 1), "once past level 0, the usual limit");
        assertTrue(rate.tryPost(1, false, NOW.plusSeconds(3), 3, 1));
    }

    @Test
    void aRefusedAttemptDoesNotCount() {
        assertTrue(rate.tryPost(1, false, NOW, 1, 1));
        assertFalse(rate.tryPost(1, false, NOW.plusSeconds(59), 1, 1));
        assertTrue(rate.tryPost(1, false, NOW.plusSeconds(61), 1, 1));
    }
}

package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostingRateTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(100));

    private final PostingRate rate = new PostingRate();

    @Test
    void aMemberPostsUpToTheLimitInAnyMinute() {
        for (int i = 0; i < 3; i++) {
            assertTrue(rate.tryPost(1, LONG_AGO, NOW.plusSeconds(i), 3, 1));
        }
        assertFalse(rate.tryPost(1, LONG_AGO, NOW.plusSeconds(30), 3, 1));
        assertTrue(rate.tryPost(2, LONG_AGO, NOW.plusSeconds(30), 3, 1), "others are not affected");
        assertTrue(rate.tryPost(1, LONG_AGO, NOW.plusSeconds(61), 3, 1), "a minute later, the first post counts no more");
    }

    @Test
    void aNewcomerIsHeldToTheStricterLimitForADay() {
        Instant joined = NOW.minus(Duration.ofHours(2));
        assertTrue(rate.tryPost(1, joined, NOW, 3, 1));
        assertFalse(rate.tryPost(1, joined, NOW.plusSeconds(1), 3, 1));
        Instant dayLater = joined.plus(Duration.ofDays(1)).plusSeconds(1);
        assertTrue(rate.tryPost(1, joined, dayLater, 3, 1));
        assertTrue(rate.tryPost(1, joined, dayLater.plusSeconds(1), 3, 1));
    }

    @Test
    void aRefusedAttemptDoesNotCount() {
        assertTrue(rate.tryPost(1, LONG_AGO, NOW, 1, 1));
        assertFalse(rate.tryPost(1, LONG_AGO, NOW.plusSeconds(59), 1, 1));
        assertTrue(rate.tryPost(1, LONG_AGO, NOW.plusSeconds(61), 1, 1));
    }
}

package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.symbiose.api.testing.InMemoryPluginData;
import org.symbiose.api.testing.SettableClock;

/** Two nodes' rates over one store: the limit counts the posts made through either. */
class PostingRateTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final SettableClock clock = new SettableClock(NOW);
    private final InMemoryPluginData store = new InMemoryPluginData(clock);
    private final PostingRate one = new PostingRate(store);
    private final PostingRate two = new PostingRate(store);

    @Test
    void aMemberPostsUpToTheLimitInAnyMinuteWhicheverNodeTakesThePosts() {
        assertTrue(one.tryPost(1, false, NOW.plusSeconds(10), 3, 1));
        assertTrue(two.tryPost(1, false, NOW.plusSeconds(11), 3, 1));
        assertTrue(one.tryPost(1, false, NOW.plusSeconds(12), 3, 1));
        assertFalse(two.tryPost(1, false, NOW.plusSeconds(40), 3, 1));
        assertTrue(two.tryPost(2, false, NOW.plusSeconds(40), 3, 1), "others are not affected");
        assertTrue(one.tryPost(1, false, NOW.plusSeconds(90), 3, 1), "half a minute on, some posts count no more");
    }

    @Test
    void thePostsOfTheMinuteBeforeStillCount() {
        assertTrue(one.tryPost(1, false, NOW.plusSeconds(57), 3, 1));
        assertTrue(two.tryPost(1, false, NOW.plusSeconds(58), 3, 1));
        assertTrue(one.tryPost(1, false, NOW.plusSeconds(59), 3, 1));
        assertFalse(two.tryPost(1, false, NOW.plusSeconds(61), 3, 1), "a new minute is not a new allowance");
        assertTrue(two.tryPost(1, false, NOW.plusSeconds(120), 3, 1));
    }

    @Test
    void aNewMemberIsHeldToTheStricterLimit() {
        assertTrue(one.tryPost(1, true, NOW, 3, 1));
        assertFalse(two.tryPost(1, true, NOW.plusSeconds(1), 3, 1));
        assertTrue(two.tryPost(1, false, NOW.plusSeconds(2), 3, 1), "once past level 0, the usual limit");
        assertTrue(one.tryPost(1, false, NOW.plusSeconds(3), 3, 1));
    }

    @Test
    void aRefusedAttemptDoesNotCount() {
        assertTrue(one.tryPost(1, false, NOW, 1, 1));
        assertFalse(two.tryPost(1, false, NOW.plusSeconds(59), 1, 1));
        assertFalse(one.tryPost(1, false, NOW.plusSeconds(61), 1, 1), "the post at 12:00:00 is spread over that minute");
        assertTrue(one.tryPost(1, false, NOW.plusSeconds(91), 1, 1));
    }

    @Test
    void oldCountersAreRemoved() {
        clock.set(NOW);
        one.tryPost(1, false, NOW, 3, 1);
        clock.advance(Duration.ofMinutes(2));
        one.tryPost(2, false, clock.instant(), 3, 1);
        clock.advance(Duration.ofMinutes(2));
        two.forgetOld();
        assertEquals(1, store.size(PostingRate.COLLECTION), "only the counter of two minutes ago is kept");
    }
}

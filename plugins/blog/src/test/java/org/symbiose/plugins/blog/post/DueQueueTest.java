package org.symbiose.plugins.blog.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.api.testing.InMemoryPluginData;

class DueQueueTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private final DueQueue queue = new DueQueue(new InMemoryPluginData(Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void theDuePostsComeEarliestFirstAndTheOthersWait() {
        queue.add(3, NOW.plusSeconds(60));
        queue.add(1, NOW.minusSeconds(5));
        queue.add(20, NOW.minusSeconds(3600));
        queue.add(2, NOW);
        assertEquals(List.of(new DueQueue.Due(20, NOW.minusSeconds(3600)), new DueQueue.Due(1, NOW.minusSeconds(5)),
                new DueQueue.Due(2, NOW)), queue.due(NOW, 100));
        assertEquals(1, queue.due(NOW, 1).size());
    }

    @Test
    void aRemovedEntryIsNoLongerDue() {
        queue.add(1, NOW.minusSeconds(5));
        queue.remove(1, NOW.minusSeconds(5));
        assertEquals(List.of(), queue.due(NOW, 100));
    }
}

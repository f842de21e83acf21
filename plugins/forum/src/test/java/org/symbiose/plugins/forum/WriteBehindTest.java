package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WriteBehindTest {

    private final Map<String, Long> written = new HashMap<>();
    private int rounds;
    private boolean failing;
    private final WriteBehind<String, Long> counts = new WriteBehind<>(Long::sum, round -> {
        if (failing) {
            throw new IllegalStateException("database down");
        }
        rounds++;
        round.forEach((key, count) -> written.merge(key, count, Long::sum));
    });

    @Test
    void mergesWhatWaitsAndWritesItOnce() {
        counts.add("a", 1L);
        counts.add("a", 1L);
        counts.add("b", 1L);
        assertEquals(Optional.of(2L), counts.waiting("a"));
        assertEquals(Map.of(), written);

        counts.flush();
        assertEquals(Map.of("a", 2L, "b", 1L), written);
        assertEquals(1, rounds, "every key in one write");
        assertEquals(Optional.empty(), counts.waiting("a"));
        counts.flush();
        assertEquals(Map.of("a", 2L, "b", 1L), written, "nothing twice");
        assertEquals(1, rounds, "no write when nothing waits");
    }

    @Test
    void keepsWhatFailedForTheNextRound() {
        counts.add("a", 3L);
        counts.add("b", 1L);
        failing = true;
        counts.flush();
        assertEquals(Optional.of(3L), counts.waiting("a"));
        assertEquals(Optional.of(1L), counts.waiting("b"), "the whole round kept");
        counts.add("a", 1L);
        failing = false;
        counts.flush();
        assertEquals(Map.of("a", 4L, "b", 1L), written);
    }

    @Test
    void stoppingWritesWhatWaits() {
        counts.add("a", 1L);
        counts.stop();
        assertEquals(Map.of("a", 1L), written);
    }
}

package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WriteBehindTest {

    private final Map<String, Long> written = new HashMap<>();
    private boolean failing;
    private final WriteBehind<String, Long> counts = new WriteBehind<>(Long::sum, (key, count) -> {
        if (failing) {
            throw new IllegalStateException("database down");
        }
        written.merge(key, count, Long::sum);
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
        assertEquals(Optional.empty(), counts.waiting("a"));
        counts.flush();
        assertEquals(Map.of("a", 2L, "b", 1L), written, "nothing twice");
    }

    @Test
    void keepsWhatFailedForTheNextRound() {
        counts.add("a", 3L);
        failing = true;
        counts.flush();
        assertEquals(Optional.of(3L), counts.waiting("a"));
        counts.add("a", 1L);
        failing = false;
        counts.flush();
        assertEquals(Map.of("a", 4L), written);
    }

    @Test
    void stoppingWritesWhatWaits() {
        counts.add("a", 1L);
        counts.stop();
        assertEquals(Map.of("a", 1L), written);
    }
}

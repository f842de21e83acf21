package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedCacheTest {

    private final SharedCache<Long, String> cache = new SharedCache<>(2);
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void loadsOnceUntilInvalidated() {
        assertEquals("v1", cache.get(1L, this::load));
        assertEquals("v1", cache.get(1L, this::load));
        cache.invalidate(1L);
        assertEquals("v2", cache.get(1L, this::load));
    }

    @Test
    void aLoadOverlappingAnInvalidationIsReturnedButNotKept() {
        assertEquals("read before the change", cache.get(1L, key -> {
            cache.invalidate(key);
            return "read before the change";
        }));
        assertEquals("v1", cache.get(1L, this::load));
    }

    @Test
    void keepsNoMoreThanItsCapacity() {
        cache.get(1L, this::load);
        cache.get(2L, this::load);
        cache.get(3L, this::load);
        cache.get(1L, this::load);
        cache.get(2L, this::load);
        cache.get(3L, this::load);
        assertTrue(loads.get() >= 4, "one of three left for the third: " + loads.get());
    }

    @Test
    void aBackgroundLoadIsFoundByLaterReads() {
        assertEquals(Optional.empty(), cache.getLater(1L, this::load, Runnable::run));
        assertEquals(Optional.of("v1"), cache.getLater(1L, this::load, Runnable::run));
        assertEquals(1, loads.get());
    }

    private String load(long key) {
        return "v" + loads.incrementAndGet();
    }
}

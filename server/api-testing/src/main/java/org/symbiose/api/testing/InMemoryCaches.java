package org.symbiose.api.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;

/**
 * Shared caches for tests, kept in maps: one node, no bound, and {@code getLater} loads at once so
 * that a test sees what a later read would.
 */
public final class InMemoryCaches implements SharedCaches {

    @Override
    public <K, V> SharedCache<K, V> cache(String name, int capacity) {
        Map<K, V> values = new ConcurrentHashMap<>();
        return new SharedCache<>() {
            @Override
            public V get(K key, Function<? super K, ? extends V> loader) {
                return values.computeIfAbsent(key, loader);
            }

            @Override
            public Optional<V> getLater(K key, Function<? super K, ? extends V> loader) {
                return Optional.ofNullable(get(key, loader));
            }

            @Override
            public void invalidate(K key) {
                values.remove(key);
            }

            @Override
            public void clear() {
                values.clear();
            }
        };
    }

    @Override
    public <K, V> SharedCache<K, V> weighedCache(String name, long budget, ToIntFunction<? super V> weigher) {
        return cache(name, 1);
    }
}

package org.symbiose.plugins.forum;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed once and shared by every request until invalidated, at most a number of them
 * (beyond, an arbitrary one leaves: cheap, and as good as any order when reads are spread).
 * A value loaded while an invalidation happened is returned to its caller but not kept, so the
 * cache never keeps what was read before a change it was told of.
 *
 * @param <K> the key
 * @param <V> the value, immutable: callers share it
 */
final class SharedCache<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int capacity;
    /** Counts invalidations: a load that overlapped one is not kept. Guarded by {@code this}. */
    private long generation;

    SharedCache(int capacity) {
        this.capacity = capacity;
    }

    /** The value of {@code key}, loaded by {@code load} if absent; {@code load} may throw, and nothing is kept then. */
    V get(K key, Function<K, V> load) {
        V cached = values.get(key);
        if (cached != null) {
            return cached;
        }
        long loading;
        synchronized (this) {
            loading = generation;
        }
        V loaded = load.apply(key);
        synchronized (this) {
            if (generation == loading) {
                if (values.size() >= capacity) {
                    Iterator<K> any = values.keySet().iterator();
                    any.next();
                    any.remove();
                }
                values.put(key, loaded);
            }
        }
        return loaded;
    }

    synchronized void invalidate(K key) {
        generation++;
        values.remove(key);
    }

    synchronized void clear() {
        generation++;
        values.clear();
    }
}

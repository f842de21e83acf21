package org.symbiose.plugins.forum;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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

    /** Most loads running in the background at once: beyond, a miss is loaded by a later read. */
    private static final int MOST_LOADING = 4;

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final Set<K> loading = ConcurrentHashMap.newKeySet();
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

    /**
     * The value of {@code key} if cached; if not, none now, and {@code load} runs on {@code executor}
     * so that later reads find it: for what a read can show without (related topics), too costly to
     * wait for. A failed load is tried again by a later read.
     */
    Optional<V> getLater(K key, Function<K, V> load, Executor executor) {
        V cached = values.get(key);
        if (cached == null && loading.size() < MOST_LOADING && loading.add(key)) {
            try {
                executor.execute(() -> {
                    try {
                        get(key, load);
                    } finally {
                        loading.remove(key);
                    }
                });
            } catch (RejectedExecutionException e) {
                loading.remove(key);
            }
        }
        return Optional.ofNullable(cached);
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

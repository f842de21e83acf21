package org.symbiose.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.symbiose.api.cache.SharedCache;

/**
 * One cache's values on this node, by the string form of their keys, bounded by Caffeine's
 * W-TinyLFU (reads spread over many keys keep the often read ones). Invalidations are applied
 * here at once and handed to {@code cluster}, which tells the other nodes when the transaction
 * commits. A generation counted per cache tells a load that overlapped an invalidation, which
 * is then not kept.
 */
final class NodeCache<K, V> implements SharedCache<K, V> {

    /** A value is dropped this long after it was loaded, should an invalidation have been missed. */
    static final Duration SAFETY_EXPIRY = Duration.ofMinutes(10);

    /**
     * Most loads running in the background at once: beyond, a miss is loaded by a later read. One,
     * since what is loaded later is what costs more than a read (a search), and a read of every
     * key in turn would otherwise keep that many cores searching.
     */
    private static final int MOST_LOADING = 1;

    /**
     * How long, for each nanosecond of a background load, no other starts: they then take at most a
     * quarter of one core, whatever the reads ask; a miss meanwhile is loaded by a later read.
     */
    private static final int QUIET_PER_LOADING = 3;

    private final String name;
    private final Cache<String, V> values;
    private final Set<String> loading = ConcurrentHashMap.newKeySet();
    private final Executor background;
    private final Consumer<Invalidation> cluster;
    /** Before this {@link System#nanoTime()}, no background load starts. */
    private volatile long quietUntil = System.nanoTime();
    /** Counts invalidations. Guarded by {@code this}. */
    private long generation;

    /**
     * @param bound   the most values, or with a {@code weigher} the most they weigh together
     * @param weigher what a value weighs, or null to count values
     */
    NodeCache(String name, long bound, ToIntFunction<? super V> weigher, Executor background,
            Consumer<Invalidation> cluster) {
        this.name = name;
        this.background = background;
        this.cluster = cluster;
        // upkeep on the callers' threads: no threads outside the server's
        Caffeine<Object, Object> builder = Caffeine.newBuilder().expireAfterWrite(SAFETY_EXPIRY).executor(Runnable::run);
        this.values = weigher == null ? builder.maximumSize(bound).build()
                : builder.maximumWeight(bound).<String, V>weigher((id, value) -> weigher.applyAsInt(value)).build();
    }

    @Override
    public V get(K key, Function<? super K, ? extends V> loader) {
        String id = String.valueOf(key);
        V cached = values.getIfPresent(id);
        if (cached != null) {
            return cached;
        }
        long before = generation();
        V loaded = loader.apply(key);
        if (loaded != null) {
            keep(id, loaded, before);
        }
        return loaded;
    }

    @Override
    public Optional<V> getLater(K key, Function<? super K, ? extends V> loader) {
        String id = String.valueOf(key);
        V cached = values.getIfPresent(id);
        if (cached == null && System.nanoTime() - quietUntil >= 0 && loading.size() < MOST_LOADING && loading.add(id)) {
            try {
                background.execute(() -> {
                    long start = System.nanoTime();
                    try {
                        get(key, loader);
                    } finally {
                        long end = System.nanoTime();
                        quietUntil = end + QUIET_PER_LOADING * (end - start);
                        loading.remove(id);
                    }
                });
            } catch (RejectedExecutionException e) {
                loading.remove(id);
            }
        }
        return Optional.ofNullable(cached);
    }

    @Override
    public void invalidate(K key) {
        Invalidation invalidation = new Invalidation(name, String.valueOf(key));
        apply(invalidation);
        cluster.accept(invalidation);
    }

    @Override
    public void clear() {
        Invalidation invalidation = Invalidation.all(name);
        apply(invalidation);
        cluster.accept(invalidation);
    }

    /** Applies an invalidation here only. */
    synchronized void apply(Invalidation invalidation) {
        generation++;
        if (invalidation.key() == null) {
            values.invalidateAll();
        } else {
            values.invalidate(invalidation.key());
        }
    }

    private synchronized long generation() {
        return generation;
    }

    private synchronized void keep(String id, V loaded, long before) {
        if (generation == before) {
            values.put(id, loaded);
        }
    }
}

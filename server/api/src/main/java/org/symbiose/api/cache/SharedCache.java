package org.symbiose.api.cache;

import java.util.Optional;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Values computed once and shared by every request of this node until a change invalidates them.
 *
 * <p>The values stay on the node that loaded them and are never serialized: any immutable object
 * will do, and callers share it, so it must not be changed. What travels between nodes is only
 * which keys to drop, each as its string form ({@link String#valueOf(Object)}): two keys with the
 * same string form are the same key, so a key's {@code toString} must say all of it (numbers,
 * strings and records of those do).
 *
 * <p>{@link #invalidate} and {@link #clear} act on this node at once, and on every node of the
 * cluster within a second. Called inside a transaction, they are sent to the other nodes (and
 * applied here again) only after it commits, so that no node reloads the old value from the
 * database before the change is visible and keeps it; nothing is sent if it rolls back. A value
 * whose loading overlapped an invalidation is returned to its caller but not kept. A node drops
 * all its values when the cluster's membership changes, since invalidations may have been missed,
 * and every value at the latest ten minutes after it was loaded.
 *
 * @param <K> the key
 * @param <V> the value, immutable
 */
@ProviderType
public interface SharedCache<K, V> {

    /**
     * The value of {@code key}, loaded by {@code loader} on this node if it has none. A loader that
     * throws passes its exception to the caller, and nothing is kept; one that returns null keeps
     * nothing and returns null.
     */
    V get(K key, Function<? super K, ? extends V> loader);

    /**
     * The value of {@code key} if this node has it; if not, none now, and {@code loader} runs in the
     * background so that later reads find it: for what a read can show without, too costly to wait
     * for. Only a few loads run at once, and a failed load is tried again by a later call.
     */
    Optional<V> getLater(K key, Function<? super K, ? extends V> loader);

    /** Drops the value of {@code key} on every node. */
    void invalidate(K key);

    /** Drops every value of this cache on every node. */
    void clear();
}

package org.symbiose.api.data;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keyed records private to the calling plugin: a service in the registry that gives each plugin
 * its own name space. Records sit in collections (e.g. {@code read}, {@code watch}); a key is at
 * most 200 characters, a value a JSON-like map of at most 4 KB. Each call is atomic.
 */
@ProviderType
public interface PluginData {

    /** Stores {@code value} under {@code key}, replacing what was there. */
    void put(String collection, String key, Map<String, Object> value);

    /**
     * Stores {@code value} under {@code key} as of {@code asOf}, unless what is stored there is as
     * of that moment or later: of two writers of one key (two nodes writing what they held back),
     * the newer value stays, whatever order they write in. {@link #put} stores as of now.
     *
     * @return whether it was stored
     * @since 1.1
     */
    boolean putIfNewer(String collection, String key, Map<String, Object> value, Instant asOf);

    /**
     * Stores {@code value} under {@code key} unless a record stored there less than {@code kept}
     * ago is there; an older one counts as absent and is replaced. The database decides, so of
     * several nodes storing one key at once exactly one stores it: a claim such as "this member
     * posted this text in the last ten minutes" holds across nodes.
     *
     * @return whether it was stored
     * @since 1.2
     */
    boolean putIfAbsent(String collection, String key, Map<String, Object> value, Duration kept);

    /**
     * What {@link #putIfAbsent} does, within the caller's transaction (one opened around a write,
     * e.g. by {@code ContentStore.inOneTransaction}) instead of one of its own: the claim is
     * written with that write, and gone if it rolls back. A concurrent claim of the same key waits
     * for the first one's transaction; when that commits, it answers false, and the caller's
     * transaction can then only roll back (the database refused its row).
     *
     * @return whether it was stored
     * @since 1.3
     */
    boolean putIfAbsentWithin(String collection, String key, Map<String, Object> value, Duration kept);

    /**
     * Removes the records and counters of {@code collection} last written more than {@code age}
     * ago, e.g. claims and per-window counters that no longer count. One statement, so it can run
     * often.
     *
     * @return how many were removed
     * @since 1.2
     */
    int deleteOlderThan(String collection, Duration age);

    /** The value under {@code key}. */
    Optional<Map<String, Object>> get(String collection, String key);

    /** Removes {@code key}; true if it was there. */
    boolean delete(String collection, String key);

    /** Up to {@code limit} records whose keys start with {@code prefix}, by key. */
    List<Record> list(String collection, String prefix, int limit);

    /**
     * Adds {@code delta} to the counter {@code key} (0 when new) and returns the new count: in the
     * database, so that increments from several nodes at once all count.
     */
    long increment(String collection, String key, long delta);

    /**
     * What {@link #increment} does, within the caller's transaction instead of one of its own: the
     * increment commits or rolls back with the caller's write, and holds the counter's row until
     * then, so that concurrent increments of one counter (on any node) count one after another.
     *
     * @since 1.3
     */
    long incrementWithin(String collection, String key, long delta);

    /**
     * Adds each of {@code deltas} to its counter, as {@link #incrementWithin} does one, for writes
     * of many counters at once such as an import's batch and the counts derived from it. A counter
     * not there yet is created in the caller's transaction too (no commit of its own per counter):
     * of two callers creating the same counter at once, one fails and its transaction rolls back.
     *
     * @since 1.3
     */
    void incrementAllWithin(String collection, Map<String, Long> deltas);

    /** The counter {@code key}, 0 if it was never incremented. */
    long count(String collection, String key);

    /**
     * One stored record.
     *
     * @param key   its key
     * @param value its value
     */
    record Record(String key, Map<String, Object> value) {
        public Record {
            value = Map.copyOf(value);
        }
    }
}

package org.symbiose.api.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.symbiose.api.data.PluginData;

/**
 * The plugin records as the database keeps them, for tests: counters, expiry by the clock given, and
 * {@link #snapshot()}/{@link #restore(Object)} for a fake transaction to roll back.
 */
public final class InMemoryPluginData implements PluginData {

    private record Stored(Map<String, Object> value, long count, Instant updated) {
    }

    private final Clock clock;
    private final Map<String, Stored> records = new TreeMap<>();

    public InMemoryPluginData(Clock clock) {
        this.clock = clock;
    }

    /** A copy of every record, for {@link #restore(Object)}. */
    public synchronized Object snapshot() {
        return new TreeMap<>(records);
    }

    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        records.clear();
        records.putAll((Map<String, Stored>) snapshot);
    }

    /** How many records and counters {@code collection} holds. */
    public synchronized int size(String collection) {
        return (int) records.keySet().stream().filter(k -> k.startsWith(collection + "/")).count();
    }

    @Override
    public synchronized void put(String collection, String key, Map<String, Object> value) {
        Stored old = records.get(collection + "/" + key);
        records.put(collection + "/" + key, new Stored(value, old == null ? 0 : old.count(), clock.instant()));
    }

    @Override
    public synchronized boolean putIfNewer(String collection, String key, Map<String, Object> value, Instant asOf) {
        Stored old = records.get(collection + "/" + key);
        if (old != null && !old.updated().isBefore(asOf)) {
            return false;
        }
        records.put(collection + "/" + key, new Stored(value, old == null ? 0 : old.count(), asOf));
        return true;
    }

    @Override
    public synchronized boolean putIfAbsent(String collection, String key, Map<String, Object> value, Duration kept) {
        Stored old = records.get(collection + "/" + key);
        if (old != null && !old.updated().isBefore(clock.instant().minus(kept))) {
            return false;
        }
        put(collection, key, value);
        return true;
    }

    /** No transactions here: each call is one. */
    @Override
    public boolean putIfAbsentWithin(String collection, String key, Map<String, Object> value, Duration kept) {
        return putIfAbsent(collection, key, value, kept);
    }

    @Override
    public synchronized int deleteOlderThan(String collection, Duration age) {
        Instant before = clock.instant().minus(age);
        int size = records.size();
        records.entrySet().removeIf(e -> e.getKey().startsWith(collection + "/") && e.getValue().updated().isBefore(before));
        return size - records.size();
    }

    @Override
    public synchronized Optional<Map<String, Object>> get(String collection, String key) {
        return Optional.ofNullable(records.get(collection + "/" + key)).map(Stored::value);
    }

    @Override
    public synchronized boolean delete(String collection, String key) {
        return records.remove(collection + "/" + key) != null;
    }

    @Override
    public synchronized List<Record> list(String collection, String prefix, int limit) {
        return records.entrySet().stream()
                .filter(e -> e.getKey().startsWith(collection + "/" + prefix) && e.getValue().value() != null)
                .limit(limit)
                .map(e -> new Record(e.getKey().substring(collection.length() + 1), e.getValue().value()))
                .toList();
    }

    @Override
    public synchronized long increment(String collection, String key, long delta) {
        Stored old = records.get(collection + "/" + key);
        long count = (old == null ? 0 : old.count()) + delta;
        records.put(collection + "/" + key, new Stored(old == null ? null : old.value(), count, clock.instant()));
        return count;
    }

    @Override
    public synchronized void incrementAllWithin(String collection, Map<String, Long> deltas) {
        deltas.forEach((key, delta) -> increment(collection, key, delta));
    }

    @Override
    public long incrementWithin(String collection, String key, long delta) {
        return increment(collection, key, delta);
    }

    @Override
    public synchronized long count(String collection, String key) {
        Stored old = records.get(collection + "/" + key);
        return old == null ? 0 : old.count();
    }
}

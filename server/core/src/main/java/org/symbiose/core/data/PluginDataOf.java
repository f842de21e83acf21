package org.symbiose.core.data;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.data.PluginData;

/** One plugin's view of the records: its name space only. */
public final class PluginDataOf implements PluginData {

    private final String plugin;
    private final PluginRecords records;

    public PluginDataOf(String plugin, PluginRecords records) {
        this.plugin = plugin;
        this.records = records;
    }

    @Override
    public void put(String collection, String key, Map<String, Object> value) {
        retryingOnce(() -> {
            records.put(plugin, collection, key, value);
            return null;
        });
    }

    @Override
    public boolean putIfNewer(String collection, String key, Map<String, Object> value, Instant asOf) {
        return retryingOnce(() -> records.putIfNewer(plugin, collection, key, value, asOf));
    }

    @Override
    public boolean putIfAbsent(String collection, String key, Map<String, Object> value, Duration kept) {
        try {
            records.insert(plugin, collection, key, value);
            return true;
        } catch (InvalidItemException e) {
            throw e;
        } catch (RuntimeException taken) {
            // the key is there (or the database is away, and this fails as well)
            return records.replaceIfStale(plugin, collection, key, value, kept);
        }
    }

    @Override
    public boolean putIfAbsentWithin(String collection, String key, Map<String, Object> value, Duration kept) {
        try {
            return records.claim(plugin, collection, key, value, kept);
        } catch (InvalidItemException e) {
            throw e;
        } catch (RuntimeException raced) {
            // a concurrent claim of the key committed first (or the database is away, and the
            // caller's write fails as well): the caller's transaction is spoilt
            return false;
        }
    }

    @Override
    public int deleteOlderThan(String collection, Duration age) {
        return records.deleteOlderThan(plugin, collection, age);
    }

    @Override
    public Optional<Map<String, Object>> get(String collection, String key) {
        return records.get(plugin, collection, key);
    }

    @Override
    public boolean delete(String collection, String key) {
        return records.delete(plugin, collection, key);
    }

    @Override
    public List<Record> list(String collection, String prefix, int limit) {
        return records.list(plugin, collection, prefix, limit);
    }

    @Override
    public long increment(String collection, String key, long delta) {
        return retryingOnce(() -> records.increment(plugin, collection, key, delta));
    }

    @Override
    public void incrementAllWithin(String collection, Map<String, Long> deltas) {
        records.incrementAll(plugin, collection, deltas);
    }

    @Override
    public long incrementWithin(String collection, String key, long delta) {
        OptionalLong added = records.add(plugin, collection, key, delta);
        if (added.isPresent()) {
            return added.getAsLong();
        }
        // a new counter's row in a transaction of its own, where a lost race for it spoils nothing
        increment(collection, key, 0);
        return records.add(plugin, collection, key, delta).orElseThrow();
    }

    @Override
    public long count(String collection, String key) {
        return records.count(plugin, collection, key);
    }

    /** Two first writers of one key race to insert its row: the loser tries again, as an update. */
    private static <T> T retryingOnce(Supplier<T> write) {
        try {
            return write.get();
        } catch (InvalidItemException e) {
            throw e;
        } catch (RuntimeException e) {
            return write.get();
        }
    }
}

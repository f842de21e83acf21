package org.symbiose.core.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.data.PluginData;
import org.symbiose.core.persistence.JsonMaps;

/** Plugins' own records and counters, each plugin in its name space. */
@ApplicationScoped
@Transactional
public class PluginRecords {

    private static final Pattern COLLECTION = Pattern.compile("[a-z][a-z0-9-]{0,59}");
    private static final int MAX_KEY = 200;
    private static final int MAX_VALUE = 4000;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    protected PluginRecords() {
    }

    /** Records outside a container (tests): the caller runs the transactions. */
    public PluginRecords(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public void put(String plugin, String collection, String key, Map<String, Object> value) {
        record(plugin, collection, key).store(json(value), clock.instant());
    }

    public Optional<Map<String, Object>> get(String plugin, String collection, String key) {
        return find(plugin, collection, key).map(PluginRecord::value).map(JsonMaps::read);
    }

    public boolean delete(String plugin, String collection, String key) {
        Optional<PluginRecord> found = find(plugin, collection, key);
        found.ifPresent(em::remove);
        return found.isPresent();
    }

    public List<PluginData.Record> list(String plugin, String collection, String prefix, int limit) {
        check(collection, prefix == null ? "" : prefix);
        // LIKE with the prefix escaped, so % and _ in keys mean themselves
        String like = (prefix == null ? "" : prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("SELECT r FROM PluginRecord r WHERE r.plugin = :plugin AND r.collection = :collection"
                        + " AND r.key LIKE :prefix ESCAPE '\\' AND r.value IS NOT NULL ORDER BY r.key", PluginRecord.class)
                .setParameter("plugin", plugin).setParameter("collection", collection).setParameter("prefix", like)
                .setMaxResults(Math.max(1, Math.min(limit, 1000)))
                .getResultList().stream()
                .map(r -> new PluginData.Record(r.key(), JsonMaps.read(r.value())))
                .toList();
    }

    /**
     * Stores a value as of {@code asOf} unless the stored one is as of then or later: one update
     * that the database decides, so that two nodes writing at once cannot both win. Runs in its
     * own transaction so that a lost race for a new record's row can be retried as a whole.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean putIfNewer(String plugin, String collection, String key, Map<String, Object> value, Instant asOf) {
        check(collection, key);
        String json = json(value);
        int updated = em.createQuery("UPDATE PluginRecord r SET r.value = :value, r.updated = :asOf"
                        + " WHERE r.plugin = :plugin AND r.collection = :collection AND r.key = :key AND r.updated < :asOf")
                .setParameter("value", json).setParameter("asOf", asOf).setParameter("plugin", plugin)
                .setParameter("collection", collection).setParameter("key", key).executeUpdate();
        if (updated > 0) {
            return true;
        }
        if (find(plugin, collection, key).isPresent()) {
            return false;
        }
        PluginRecord created = new PluginRecord(plugin, collection, key, asOf);
        created.store(json, asOf);
        em.persist(created);
        em.flush();
        return true;
    }

    /**
     * Stores a value under a key not taken yet: one insert, the cheapest claim. Fails when the key
     * is taken; the caller then tries {@link #replaceIfStale}. Own transaction, which the failed
     * insert spoils.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String plugin, String collection, String key, Map<String, Object> value) {
        check(collection, key);
        Instant now = clock.instant();
        PluginRecord created = new PluginRecord(plugin, collection, key, now);
        created.store(json(value), now);
        em.persist(created);
        em.flush();
    }

    /**
     * Replaces the value under a key if it was written more than {@code kept} ago: one update the
     * database decides, so of two nodes replacing one stale record only one does.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean replaceIfStale(String plugin, String collection, String key, Map<String, Object> value, Duration kept) {
        check(collection, key);
        return replaceStale(plugin, collection, key, json(value), kept, clock.instant());
    }

    /**
     * Stores a value under a key not taken, or taken more than {@code kept} ago, within the
     * caller's transaction: one read of the key, then an insert (or an update the database
     * decides). The insert of a key that a concurrent transaction inserted too waits for that one
     * and, when it commits, fails: the caller's transaction then rolls back.
     *
     * @return false if the key is taken
     */
    public boolean claim(String plugin, String collection, String key, Map<String, Object> value, Duration kept) {
        check(collection, key);
        String json = json(value);
        Instant now = clock.instant();
        List<Instant> written = em.createQuery("SELECT r.updated FROM PluginRecord r"
                        + " WHERE r.plugin = :plugin AND r.collection = :collection AND r.key = :key", Instant.class)
                .setParameter("plugin", plugin).setParameter("collection", collection).setParameter("key", key)
                .getResultList();
        if (written.isEmpty()) {
            PluginRecord created = new PluginRecord(plugin, collection, key, now);
            created.store(json, now);
            em.persist(created);
            em.flush();
            return true;
        }
        return written.get(0).isBefore(now.minus(kept)) && replaceStale(plugin, collection, key, json, kept, now);
    }

    /** Removes a collection's records last written before {@code age} ago, in one statement. */
    public int deleteOlderThan(String plugin, String collection, Duration age) {
        check(collection, "");
        return em.createQuery("DELETE FROM PluginRecord r"
                        + " WHERE r.plugin = :plugin AND r.collection = :collection AND r.updated < :before")
                .setParameter("plugin", plugin).setParameter("collection", collection)
                .setParameter("before", clock.instant().minus(age)).executeUpdate();
    }

    /**
     * Adds to a counter in the database ({@code count = count + delta}), which orders the
     * increments of every node; a read, add and write would lose those made meanwhile elsewhere.
     * Runs in its own transaction so that a lost race for a new counter's row can be retried by
     * the caller as a whole.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long increment(String plugin, String collection, String key, long delta) {
        check(collection, key);
        Instant now = clock.instant();
        OptionalLong added = addToExisting(plugin, collection, key, delta, now);
        if (added.isPresent()) {
            return added.getAsLong();
        }
        PluginRecord created = new PluginRecord(plugin, collection, key, now);
        created.add(delta, now);
        em.persist(created);
        em.flush();
        return created.count();
    }

    /**
     * Adds to a counter that has a row, within the caller's transaction, which holds the row until
     * it ends: concurrent additions to one counter wait for each other, and a rollback takes this
     * one back.
     *
     * @return the new count, or empty (nothing done) when the counter has no row yet
     */
    public OptionalLong add(String plugin, String collection, String key, long delta) {
        check(collection, key);
        return addToExisting(plugin, collection, key, delta, clock.instant());
    }

    public long count(String plugin, String collection, String key) {
        return find(plugin, collection, key).map(PluginRecord::count).orElse(0L);
    }

    private OptionalLong addToExisting(String plugin, String collection, String key, long delta, Instant now) {
        if (updateCount(plugin, collection, key, delta, now) == 0) {
            return OptionalLong.empty();
        }
        // the row stays locked by this transaction's update until it commits: this reads its own sum
        return OptionalLong.of(em.createQuery("SELECT r.count FROM PluginRecord r"
                        + " WHERE r.plugin = :plugin AND r.collection = :collection AND r.key = :key", Long.class)
                .setParameter("plugin", plugin).setParameter("collection", collection).setParameter("key", key)
                .getSingleResult());
    }

    /**
     * Adds to several counters in the caller's transaction (the class's REQUIRED), so that they commit with
     * the caller's writes: an update each, an insert for the counters not there yet.
     */
    public void incrementAll(String plugin, String collection, Map<String, Long> deltas) {
        Instant now = clock.instant();
        deltas.forEach((key, delta) -> {
            check(collection, key);
            if (updateCount(plugin, collection, key, delta, now) == 0) {
                PluginRecord created = new PluginRecord(plugin, collection, key, now);
                created.add(delta, now);
                em.persist(created);
            }
        });
        em.flush();
    }

    private int updateCount(String plugin, String collection, String key, long delta, Instant now) {
        return em.createQuery("UPDATE PluginRecord r SET r.count = r.count + :delta, r.updated = :now"
                        + " WHERE r.plugin = :plugin AND r.collection = :collection AND r.key = :key")
                .setParameter("delta", delta).setParameter("now", now).setParameter("plugin", plugin)
                .setParameter("collection", collection).setParameter("key", key).executeUpdate();
    }

    private boolean replaceStale(String plugin, String collection, String key, String json, Duration kept, Instant now) {
        return em.createQuery("UPDATE PluginRecord r SET r.value = :value, r.updated = :now"
                        + " WHERE r.plugin = :plugin AND r.collection = :collection AND r.key = :key AND r.updated < :stale")
                .setParameter("value", json).setParameter("now", now).setParameter("stale", now.minus(kept))
                .setParameter("plugin", plugin).setParameter("collection", collection).setParameter("key", key)
                .executeUpdate() > 0;
    }

    private static String json(Map<String, Object> value) {
        String json;
        try {
            json = JsonMaps.write(value);
        } catch (RuntimeException e) {
            throw new InvalidItemException("value", "The value must be a map of JSON values");
        }
        if (json.length() > MAX_VALUE) {
            throw new InvalidItemException("value", "A record's value is at most " + MAX_VALUE + " characters of JSON");
        }
        return json;
    }

    private PluginRecord record(String plugin, String collection, String key) {
        return find(plugin, collection, key).orElseGet(() -> {
            PluginRecord created = new PluginRecord(plugin, collection, key, clock.instant());
            em.persist(created);
            return created;
        });
    }

    private Optional<PluginRecord> find(String plugin, String collection, String key) {
        check(collection, key);
        return Optional.ofNullable(em.find(PluginRecord.class, new PluginRecord.Key(plugin, collection, key)));
    }

    private static void check(String collection, String key) {
        if (collection == null || !COLLECTION.matcher(collection).matches()) {
            throw new InvalidItemException("collection", "A collection name is lower case letters, digits and dashes");
        }
        if (key == null || key.length() > MAX_KEY) {
            throw new InvalidItemException("key", "A key has at most " + MAX_KEY + " characters");
        }
    }
}

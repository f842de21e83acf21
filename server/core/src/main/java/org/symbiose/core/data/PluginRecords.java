package org.symbiose.core.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    public void put(String plugin, String collection, String key, Map<String, Object> value) {
        String json;
        try {
            json = JsonMaps.write(value);
        } catch (RuntimeException e) {
            throw new InvalidItemException("value", "The value must be a map of JSON values");
        }
        if (json.length() > MAX_VALUE) {
            throw new InvalidItemException("value", "A record's value is at most " + MAX_VALUE + " characters of JSON");
        }
        record(plugin, collection, key).store(json, clock.instant());
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
     * Adds to a counter. Runs in its own transaction so that a lost race for a new counter's row
     * can be retried by the caller as a whole.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long increment(String plugin, String collection, String key, long delta) {
        PluginRecord counter = record(plugin, collection, key);
        counter.add(delta, clock.instant());
        em.flush();
        return counter.count();
    }

    public long count(String plugin, String collection, String key) {
        return find(plugin, collection, key).map(PluginRecord::count).orElse(0L);
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

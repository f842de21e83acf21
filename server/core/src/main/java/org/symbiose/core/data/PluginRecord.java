package org.symbiose.core.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One record or counter of a plugin's own data. */
@Entity
@Table(name = "plugin_record")
@IdClass(PluginRecord.Key.class)
public class PluginRecord {

    /** The primary key: plugin, collection, key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String plugin;
        private String collection;
        private String key;

        public Key() {
        }

        Key(String plugin, String collection, String key) {
            this.plugin = plugin;
            this.collection = collection;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(plugin, that.plugin)
                    && Objects.equals(collection, that.collection) && Objects.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(plugin, collection, key);
        }
    }

    @Id
    private String plugin;

    @Id
    private String collection;

    @Id
    @Column(name = "record_key")
    private String key;

    @Column(name = "record_value")
    private String value;

    @Column(name = "record_count", nullable = false)
    private long count;

    @Column(nullable = false)
    private Instant updated;

    protected PluginRecord() {
    }

    PluginRecord(String plugin, String collection, String key, Instant now) {
        this.plugin = plugin;
        this.collection = collection;
        this.key = key;
        this.updated = now;
    }

    String key() {
        return key;
    }

    String value() {
        return value;
    }

    long count() {
        return count;
    }

    void store(String json, Instant now) {
        value = json;
        updated = now;
    }

    void add(long delta, Instant now) {
        count += delta;
        updated = now;
    }
}

package org.symbiose.core.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The version a plugin's data is at. */
@Entity
@Table(name = "plugin_schema")
public class PluginSchema {

    @Id
    private String plugin;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private Instant updated;

    protected PluginSchema() {
    }

    PluginSchema(String plugin) {
        this.plugin = plugin;
    }

    int version() {
        return version;
    }

    void reached(int newVersion, Instant now) {
        version = newVersion;
        updated = now;
    }
}

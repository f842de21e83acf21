package org.symbiose.core.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A content type a plugin has defined, remembered so its items stay read-only while the plugin is absent. */
@Entity
@Table(name = "content_type")
public class KnownContentType {

    @Id
    @Column(name = "type_key")
    private String key;

    @Column(nullable = false)
    private String plugin;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    protected KnownContentType() {
    }

    KnownContentType(String key, String plugin, Instant now) {
        this.key = key;
        this.plugin = plugin;
        this.firstSeen = now;
    }
}

package org.symbiose.core.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A node following the change feed, as it last reported: the feed keeps what a live reader has not passed. */
@Entity
@Table(name = "feed_reader")
class FeedReader {

    @Id
    @Column(name = "node_name")
    private String node;

    @Column(name = "feed_position", nullable = false)
    private long position;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    @Column(name = "index_mode", nullable = false)
    private String mode;

    protected FeedReader() {
    }

    FeedReader(String node) {
        this.node = node;
    }

    void seen(long position, String mode, Instant at) {
        this.position = position;
        this.mode = mode;
        this.lastSeen = at;
    }
}

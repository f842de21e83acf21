package org.symbiose.core.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An item written: a row of the change feed, which every node's search index follows. Its seq is taken
 * from a sequence of its own, one value per insert, so a hole between two seqs a follower read is a change
 * still being written (or rolled back), never a block another server holds.
 */
@Entity
@Table(name = "item_change")
public class ItemChange {

    @Id
    @SequenceGenerator(name = "item-change-seq", sequenceName = "item_change_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item-change-seq")
    private long seq;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    // set by the database, whose clock all nodes share
    @Column(name = "written_at", insertable = false, updatable = false)
    private Instant writtenAt;

    protected ItemChange() {
    }

    ItemChange(long itemId) {
        this.itemId = itemId;
    }

    public long seq() {
        return seq;
    }

    public long itemId() {
        return itemId;
    }
}

package org.symbiose.core.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.symbiose.core.persistence.Ids;

/** An item written since the search index last caught up: a row of the change feed. */
@Entity
@Table(name = "item_change")
public class ItemChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private long seq;

    @Column(name = "item_id", nullable = false)
    private long itemId;

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

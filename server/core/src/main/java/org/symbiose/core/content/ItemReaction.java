package org.symbiose.core.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A member's reaction of one kind to an item; at most one per member, item and kind. */
@Entity
@Table(name = "item_reaction")
@IdClass(ItemReaction.Key.class)
class ItemReaction {

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Id
    private String kind;

    protected ItemReaction() {
    }

    ItemReaction(Key key) {
        this.itemId = key.itemId;
        this.memberId = key.memberId;
        this.kind = key.kind;
    }

    /** The primary key: who reacted to what, how. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long itemId;
        private long memberId;
        private String kind;

        public Key() {
        }

        Key(long itemId, long memberId, String kind) {
            this.itemId = itemId;
            this.memberId = memberId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && itemId == key.itemId && memberId == key.memberId
                    && kind.equals(key.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, memberId, kind);
        }
    }
}

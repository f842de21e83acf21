package org.symbiose.core.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A member's vote on an item, +1 or -1; taking a vote back removes it. */
@Entity
@Table(name = "item_vote")
@IdClass(ItemVote.Key.class)
class ItemVote {

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Column(name = "vote", nullable = false)
    private int value;

    protected ItemVote() {
    }

    ItemVote(Key key, int value) {
        this.itemId = key.itemId;
        this.memberId = key.memberId;
        this.value = value;
    }

    int value() {
        return value;
    }

    void change(int newValue) {
        value = newValue;
    }

    /** The primary key: who voted on what. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long itemId;
        private long memberId;

        public Key() {
        }

        Key(long itemId, long memberId) {
            this.itemId = itemId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && itemId == key.itemId && memberId == key.memberId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, memberId);
        }
    }
}

package org.symbiose.core.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
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

    // when it was cast or last changed: for an up vote, what the trend counted it from; null before trends
    @Column(name = "voted_at")
    private Instant votedAt;

    protected ItemVote() {
    }

    ItemVote(Key key, int value, Instant at) {
        this.itemId = key.itemId;
        this.memberId = key.memberId;
        this.value = value;
        this.votedAt = at;
    }

    int value() {
        return value;
    }

    Instant votedAt() {
        return votedAt;
    }

    void change(int newValue, Instant at) {
        value = newValue;
        votedAt = at;
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

package org.symbiose.core.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.symbiose.core.persistence.Ids;

/** A member's flag on an item. */
@Entity
@Table(name = "item_flag")
public class ItemFlag {

    /** Why a member flags. */
    public enum Reason {
        SPAM, OFFENSIVE, OFF_TOPIC, ILLEGAL, OTHER;

        /** The reason as a lower-case key ({@code off-topic}), as sanctions' reasons are written. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reason reason;

    private String text;

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private Instant created;

    private Instant resolved;

    protected ItemFlag() {
    }

    ItemFlag(long itemId, long memberId, Reason reason, String text, int weight, Instant now) {
        this.itemId = itemId;
        this.memberId = memberId;
        this.reason = reason;
        this.text = text;
        this.weight = weight;
        this.created = now;
    }

    Flags.OwnFlag own() {
        return new Flags.OwnFlag(reason, text, created, resolved);
    }

    long memberId() {
        return memberId;
    }

    void resolve(Instant now) {
        resolved = now;
    }
}

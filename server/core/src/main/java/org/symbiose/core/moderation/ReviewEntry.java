package org.symbiose.core.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.symbiose.core.persistence.Ids;

/** An item in the review queue, and once decided, the decision. */
@Entity
@Table(name = "review_entry")
public class ReviewEntry {

    /** Why an item is in the queue. */
    public enum Cause { FLAGS, RULE, NEWCOMER, PLUGIN, SPAM, WATCH }

    /** What a moderator decided. */
    public enum Decision { APPROVE, REJECT, HIDE, DISMISS }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Cause cause;

    private String detail;

    @Column(nullable = false)
    private int priority;

    @Column(nullable = false)
    private Instant created;

    private Instant decided;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String note;

    @Column(name = "claimed_by")
    private Long claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    // two moderators deciding at once: the second one's stale version is refused
    @Version
    private long version;

    protected ReviewEntry() {
    }

    ReviewEntry(long itemId, Cause cause, String detail, int priority, Instant now) {
        this.itemId = itemId;
        this.cause = cause;
        this.detail = detail;
        this.priority = priority;
        this.created = now;
    }

    long itemId() {
        return itemId;
    }

    long version() {
        return version;
    }

    boolean open() {
        return decided == null;
    }

    /** Who holds the entry at {@code now}, or null when nobody does (never claimed, released or expired). */
    Long holder(Instant now) {
        return claimedBy != null && claimedUntil.isAfter(now) ? claimedBy : null;
    }

    Instant claimedUntil() {
        return claimedUntil;
    }

    void claim(long moderatorId, Instant until) {
        claimedBy = moderatorId;
        claimedUntil = until;
    }

    void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    void decide(Decision made, long moderatorId, String why, Instant now) {
        release();
        decision = made;
        decidedBy = moderatorId;
        note = why;
        decided = now;
    }

    /** The entry as moderators see it; {@code holderName} names who holds it at {@code now}, if anyone. */
    Reviewed view(Instant now, String holderName) {
        Long holder = holder(now);
        return new Reviewed(id, itemId, cause.name(), detail, priority, created, decided, decidedBy,
                decision == null ? null : decision.name(), note, version, holder, holder == null ? null : holderName,
                holder == null ? null : claimedUntil);
    }
}

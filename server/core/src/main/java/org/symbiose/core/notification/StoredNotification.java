package org.symbiose.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.symbiose.core.persistence.Ids;

/** One notification in a member's list. */
@Entity
@Table(name = "notification")
public class StoredNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private String plugin;

    @Column(nullable = false)
    private String kind;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected StoredNotification() {
    }

    StoredNotification(long memberId, String plugin, String kind, Long itemId, Long actorId, String text, Instant now) {
        this.memberId = memberId;
        this.plugin = plugin;
        this.kind = kind;
        this.itemId = itemId;
        this.actorId = actorId;
        this.text = text;
        this.created = now;
    }

    boolean belongsTo(long member) {
        return memberId == member;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Notification view() {
        return new Notification(id, plugin, kind, itemId, actorId, text, created, readAt != null);
    }
}

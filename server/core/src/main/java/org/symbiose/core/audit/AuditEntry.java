package org.symbiose.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.symbiose.core.persistence.Ids;

/** One action in the audit log; never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    private String plugin;

    @Column(nullable = false)
    private String action;

    @Column(name = "item_id")
    private Long itemId;

    private String reason;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, long actorId, String plugin, String action, Long itemId, String reason, String before, String after) {
        this.at = at;
        this.actorId = actorId;
        this.plugin = plugin;
        this.action = action;
        this.itemId = itemId;
        this.reason = reason;
        this.before = before;
        this.after = after;
    }

    public Audited view() {
        return new Audited(id, at, actorId, plugin, action, itemId, reason, before, after);
    }
}

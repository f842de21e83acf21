package org.symbiose.core.moderation;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member under watch: their new posts wait for review. Lifting the watch deletes it; the audit log keeps it. */
@Entity
@Table(name = "member_watch")
public class MemberWatch {

    /**
     * A watch as moderators see it.
     *
     * @param reason    why the member is watched; {@code note} in JSON, the moderator's free text
     * @param since     since when
     * @param watchedBy the moderator who put them under watch
     */
    public record View(@JsonbProperty("note") String reason, Instant since, long watchedBy) {
    }

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private Instant since;

    @Column(name = "watched_by", nullable = false)
    private long watchedBy;

    protected MemberWatch() {
    }

    MemberWatch(long memberId, String reason, long watchedBy, Instant now) {
        this.memberId = memberId;
        this.reason = reason;
        this.watchedBy = watchedBy;
        this.since = now;
    }

    String reason() {
        return reason;
    }

    void change(String newReason, long moderatorId) {
        reason = newReason;
        watchedBy = moderatorId;
    }

    View view() {
        return new View(reason, since, watchedBy);
    }
}

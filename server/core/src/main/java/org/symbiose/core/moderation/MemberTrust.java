package org.symbiose.core.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.symbiose.core.member.StandingChanges;

/**
 * A member's trust level and the participation counted for it. The counters are only ever
 * incremented in the database ({@link TrustLevels}), so concurrent requests never lose a count.
 */
@Entity
@Table(name = "member_trust")
@EntityListeners(StandingChanges.class)
public class MemberTrust {

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Column(nullable = false)
    private int level;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "days_visited", nullable = false)
    private int daysVisited;

    @Column(name = "last_visit")
    private LocalDate lastVisit;

    @Column(name = "posts_read", nullable = false)
    private long postsRead;

    @Column(name = "likes_received", nullable = false)
    private long likesReceived;

    protected MemberTrust() {
    }

    MemberTrust(long memberId) {
        this.memberId = memberId;
    }

    public long memberId() {
        return memberId;
    }

    public int level() {
        return level;
    }

    boolean locked() {
        return locked;
    }

    int daysVisited() {
        return daysVisited;
    }

    long postsRead() {
        return postsRead;
    }

    long likesReceived() {
        return likesReceived;
    }

    void change(int newLevel, boolean lock) {
        level = newLevel;
        locked = lock;
    }
}

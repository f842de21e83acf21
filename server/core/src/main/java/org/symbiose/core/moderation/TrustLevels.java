package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.member.Members;

/**
 * Members' trust levels, Discourse's model: 0 new, 1 basic, 2 member, 3 regular, 4 leader (only
 * by hand). Participation is counted as it is recorded (visits, posts read, likes received; posts
 * written are counted from the store), and a member is promoted then — the
 * costly counts (posts written, sanctions) only run once the cheap counters meet the next level —
 * and by a daily sweep. A silence or suspension pauses promotion and drops one level; a level a
 * community manager sets is locked until unlocked.
 */
@ApplicationScoped
@Transactional
public class TrustLevels {

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Members members;

    @Inject
    private TrustSettings settings;

    @Inject
    private AuditTrail audit;

    /** A member's level; 0 for one not counted yet. */
    public int level(long memberId) {
        MemberTrust row = em.find(MemberTrust.class, memberId);
        return row == null ? 0 : row.level();
    }

    /** Counts a day's visit, once per day. */
    public void visited(long memberId, LocalDate day) {
        row(memberId);
        int counted = em.createQuery("UPDATE MemberTrust t SET t.daysVisited = t.daysVisited + 1, t.lastVisit = :day"
                        + " WHERE t.memberId = :member AND (t.lastVisit IS NULL OR t.lastVisit < :day)")
                .setParameter("day", day).setParameter("member", memberId).executeUpdate();
        if (counted > 0) {
            promoteIfDue(memberId);
        }
    }

    public void read(long memberId, int count) {
        if (count > 0 && members.find(memberId).isPresent()) {
            row(memberId);
            em.createQuery("UPDATE MemberTrust t SET t.postsRead = t.postsRead + :count WHERE t.memberId = :member")
                    .setParameter("count", (long) count).setParameter("member", memberId).executeUpdate();
            promoteIfDue(memberId);
        }
    }

    /** Counts a like given ({@code +1}) or taken back ({@code -1}) on a post of {@code authorId}. */
    public void liked(long authorId, int change) {
        if (members.find(authorId).isPresent()) {
            row(authorId);
            em.createQuery("UPDATE MemberTrust t SET t.likesReceived = t.likesReceived + :change WHERE t.memberId = :member"
                            + " AND t.likesReceived + :change >= 0")
                    .setParameter("change", (long) change).setParameter("member", authorId).executeUpdate();
            if (change > 0) {
                promoteIfDue(authorId);
            }
        }
    }

    /** A post of the member's was published: it may complete a level. */
    public void wrote(long authorId) {
        promoteIfDue(authorId);
    }

    /** Promotes a member whose participation now meets a higher level (the daily sweep). */
    public void recompute(long memberId) {
        MemberTrust row = em.find(MemberTrust.class, memberId);
        if (row != null && promotable(row)) {
            promote(row);
        }
    }

    /** The members the daily sweep looks at, after {@code afterId}, by id. */
    public List<Long> promotable(long afterId, int limit) {
        return em.createQuery("SELECT t.memberId FROM MemberTrust t WHERE t.memberId > :after AND t.locked = FALSE"
                        + " AND t.level < 3 ORDER BY t.memberId", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    public TrustProgress progress(long memberId) {
        MemberTrust row = em.find(MemberTrust.class, memberId);
        int level = row == null ? 0 : row.level();
        boolean locked = row != null && row.locked();
        Participated participated = participated(memberId, row);
        boolean paused = paused(memberId);
        Integer next = locked || level >= MemberInfo.LEADER - 1 ? null : level + 1;
        return new TrustProgress(level, locked, paused, participated, next,
                next == null ? List.of() : settings.policy().requirement(next).missing(participated));
    }

    /** A community manager sets a member's level; it stays until they unlock it. */
    public TrustProgress set(long memberId, int level, long managerId, String reason) {
        if (level < 0 || level > MemberInfo.LEADER) {
            throw new ModerationException(ModerationException.Kind.INVALID, "level", "A trust level is between 0 and 4");
        }
        if (reason != null && reason.length() > 500) {
            throw new ModerationException(ModerationException.Kind.INVALID, "reason", "At most 500 characters");
        }
        MemberTrust row = row(existing(memberId));
        String before = describe(row);
        row.change(level, true);
        audit.record(null, managerId, "moderation.trust.set", null, why(reason, memberId), before, describe(row));
        return progress(memberId);
    }

    /** Lets a member's level change by itself again, and promotes them if they are due. */
    public TrustProgress unlock(long memberId, long managerId) {
        MemberTrust row = row(existing(memberId));
        if (!row.locked()) {
            throw new ModerationException(ModerationException.Kind.CONFLICT, null, "This member's trust level is not locked");
        }
        String before = describe(row);
        row.change(row.level(), false);
        audit.record(null, managerId, "moderation.trust.unlock", null, why(null, memberId), before, describe(row));
        promote(row);
        return progress(memberId);
    }

    /**
     * Drops a silenced or suspended member one level (a locked level stays).
     *
     * @return the level before the drop, for the sanction's effect, or null if nothing changed
     */
    Integer drop(long memberId) {
        MemberTrust row = row(memberId);
        if (row.locked() || row.level() == 0) {
            return null;
        }
        int before = row.level();
        row.change(before - 1, false);
        return before;
    }

    private void promoteIfDue(long memberId) {
        MemberTrust row = row(memberId);
        // most readers are locked or at the top automatic level: nothing to refresh for them
        if (!promotable(row)) {
            return;
        }
        // the counters were raised in the database, behind the entity's back
        em.refresh(row);
        if (!promotable(row)) {
            return;
        }
        LevelRequirement next = settings.policy().requirement(row.level() + 1);
        // the counters alone decide whether the counts are worth running
        if (row.daysVisited() >= next.daysVisited() && row.postsRead() >= next.postsRead()
                && row.likesReceived() >= next.likesReceived()) {
            promote(row);
        }
    }

    private boolean promotable(MemberTrust row) {
        return !row.locked() && row.level() < MemberInfo.LEADER - 1;
    }

    private void promote(MemberTrust row) {
        if (paused(row.memberId())) {
            return;
        }
        int reached = settings.policy().levelFor(row.level(), participated(row.memberId(), row));
        if (reached > row.level()) {
            row.change(reached, false);
        }
    }

    private Participated participated(long memberId, MemberTrust row) {
        long written = em.createQuery("SELECT COUNT(i) FROM StoredItem i WHERE i.author.id = :author AND i.status = :published",
                Long.class).setParameter("author", memberId).setParameter("published", ItemStatus.PUBLISHED).getSingleResult();
        // the newest by order, not MAX(): PostgreSQL's driver hands an aggregate's value over as a
        // Timestamp, which the Instant converter refuses, where a column's value comes typed
        Instant last = em.createQuery("SELECT s.created FROM Sanction s WHERE s.memberId = :member AND s.lifted IS NULL"
                + " ORDER BY s.created DESC", Instant.class).setParameter("member", memberId).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        Long sinceSanction = last == null ? null : Duration.between(last, clock.instant()).toDays();
        return row == null ? new Participated(0, 0, written, 0, sinceSanction)
                : new Participated(row.daysVisited(), row.postsRead(), written, row.likesReceived(), sinceSanction);
    }

    private boolean paused(long memberId) {
        AccountState state = members.find(memberId).map(member -> member.stateAt(clock.instant())).orElse(AccountState.DELETED);
        return state != AccountState.ACTIVE;
    }

    private long existing(long memberId) {
        members.find(memberId).filter(member -> member.getState() != AccountState.DELETED)
                .orElseThrow(() -> new ModerationException(ModerationException.Kind.NOT_FOUND, null, "No member " + memberId));
        return memberId;
    }

    private MemberTrust row(long memberId) {
        MemberTrust row = em.find(MemberTrust.class, memberId);
        if (row == null) {
            row = new MemberTrust(memberId);
            em.persist(row);
            em.flush();
        }
        return row;
    }

    private static String describe(MemberTrust row) {
        return "level " + row.level() + (row.locked() ? " (locked)" : "");
    }

    private static String why(String reason, long memberId) {
        return (reason == null || reason.isBlank() ? "" : reason.strip() + " ") + "(member " + memberId + ")";
    }
}

package org.symbiose.plugins.forum;

import java.time.Duration;
import java.time.Instant;
import org.symbiose.api.data.PluginData;

/**
 * How fast each member may post: at most a number of posts in any minute, fewer for a new
 * member (trust level 0). Counted in the database, one counter per member and minute, so that
 * every node counts the same posts; within the post's transaction, which holds the member's
 * counter until it ends, so that a member's concurrent posts count one after another. "Any minute" is the current minute's count plus the share of
 * the previous minute's that falls within the last 60 seconds (its posts taken as spread evenly),
 * rounded to the nearest post.
 */
public final class PostingRate {

    static final String COLLECTION = "posting-rate";

    /** How long a minute's counter is kept: it still counts during the next minute. */
    static final Duration KEPT = Duration.ofMinutes(3);

    private final PluginData data;

    public PostingRate(PluginData data) {
        this.data = data;
    }

    /**
     * Whether {@code memberId} may post at {@code now}, and if so counts the post. One increment in
     * the common case; the previous minute is read only when it could tip the balance.
     *
     * @param perMinute          the limit for established members
     * @param newcomer           whether the member is new (trust level 0)
     * @param newcomerPerMinute  the limit for new members
     */
    public boolean tryPost(long memberId, boolean newcomer, Instant now, int perMinute, int newcomerPerMinute) {
        int limit = newcomer ? newcomerPerMinute : perMinute;
        long minute = now.getEpochSecond() / 60;
        // the part of the previous minute still inside the last 60 seconds
        double overlap = 1 - (now.getEpochSecond() % 60 + now.getNano() / 1e9) / 60;
        String key = key(memberId, minute);
        long earlier = data.incrementWithin(COLLECTION, key, 1) - 1;
        // refused posts are taken back, so a finished minute holds at most the limit
        if (earlier >= limit || earlier + stillCounting(memberId, minute - 1, limit, earlier, overlap) >= limit) {
            // taken back by the caller's rollback too; this is for a caller without a transaction
            data.incrementWithin(COLLECTION, key, -1);
            return false;
        }
        return true;
    }

    /** Drops the counters of minutes that no longer count. */
    public void forgetOld() {
        data.deleteOlderThan(COLLECTION, KEPT);
    }

    /**
     * The previous minute's posts that still count, or 0 without reading them when even a full
     * previous minute could not reach the limit.
     */
    private long stillCounting(long memberId, long previousMinute, int limit, long earlier, double overlap) {
        if (earlier + carried(limit, overlap) < limit) {
            return 0;
        }
        return carried(Math.min(limit, data.count(COLLECTION, key(memberId, previousMinute))), overlap);
    }

    private static long carried(long previous, double overlap) {
        return Math.round(previous * overlap);
    }

    private static String key(long memberId, long minute) {
        return memberId + ":" + minute;
    }
}

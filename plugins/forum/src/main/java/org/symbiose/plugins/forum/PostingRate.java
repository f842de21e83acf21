package org.symbiose.plugins.forum;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * How fast each member may post: at most a number of posts in any minute, fewer for a new
 * member (trust level 0). Kept in memory: a restart forgets it, which only lets a few more posts
 * through once.
 */
public final class PostingRate {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<Long, Deque<Instant>> recent = new HashMap<>();

    /**
     * Whether {@code memberId} may post at {@code now}, and if so counts the post.
     *
     * @param perMinute          the limit for established members
     * @param newcomer           whether the member is new (trust level 0)
     * @param newcomerPerMinute  the limit for new members
     */
    public synchronized boolean tryPost(long memberId, boolean newcomer, Instant now, int perMinute, int newcomerPerMinute) {
        int limit = newcomer ? newcomerPerMinute : perMinute;
        Deque<Instant> posts = recent.computeIfAbsent(memberId, k -> new ArrayDeque<>());
        Instant windowStart = now.minus(WINDOW);
        while (!posts.isEmpty() && !posts.peekFirst().isAfter(windowStart)) {
            posts.removeFirst();
        }
        if (posts.size() >= limit) {
            return false;
        }
        posts.addLast(now);
        forgetIdle(windowStart);
        return true;
    }

    /** Drops members with no post in the window, so the map stays as small as the active crowd. */
    private void forgetIdle(Instant windowStart) {
        if (recent.size() > 1000) {
            recent.values().removeIf(posts -> posts.isEmpty() || !posts.peekLast().isAfter(windowStart));
        }
    }
}

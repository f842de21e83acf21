package org.symbiose.plugins.forum;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.content.Item;
import org.symbiose.api.data.PluginData;

/**
 * How many published replies each topic has ({@code replies} counters keyed by topic id), kept
 * here rather than in the topic item so that a reply does not rewrite its topic, which would keep
 * a revision with the replier as its editor. The counts change by increments in the database, so
 * the replies of several nodes all count; they are also held in a shared cache, dropped on every
 * node at each change, since the unanswered list filters up to {@link TopicLists#MAX_SCAN} topics
 * by reply count. When a topic was last active is the store's {@link Item#activity()} (earlier
 * versions kept it here too, in {@code activity} records, no longer read).
 */
@Component(service = TopicActivity.class)
public class TopicActivity {

    static final String REPLIES = "replies";

    /** Changes of one topic's count on this node wait for each other: locks by topic id modulo this. */
    private static final int STRIPES = 64;

    @Reference
    private PluginData data;

    @Reference
    private SharedCaches caches;

    private final Object[] stripes = new Object[STRIPES];
    private SharedCache<Long, Long> replies;

    public TopicActivity() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    @Activate
    void start() {
        replies = caches.cache("replies", 200_000);
    }

    public long replies(long topicId) {
        return replies.get(topicId, id -> data.count(REPLIES, Long.toString(id)));
    }

    /**
     * Counts a new published reply within the reply's own transaction: the count commits with it
     * (no commit of its own) and holds the topic's counter until then, so that a recount meanwhile
     * waits for it. Once the transaction is over, {@link #shown} drops the count kept before.
     */
    public void replied(Item reply) {
        data.incrementWithin(REPLIES, Long.toString(reply.parentId()), 1);
    }

    /** Counts {@code count} new published replies of a topic at once. */
    public void replied(long topicId, long count) {
        synchronized (stripe(topicId)) {
            data.increment(REPLIES, Long.toString(topicId), count);
            replies.invalidate(topicId);
        }
    }

    /**
     * Counts the new published replies of many topics at once (an import's batch), in the caller's
     * transaction: the counts commit with the replies, so a crash between the two cannot leave them short.
     */
    public void repliedAll(Map<Long, Long> counts) {
        Map<String, Long> deltas = new HashMap<>();
        counts.forEach((topicId, count) -> deltas.put(Long.toString(topicId), count));
        data.incrementAllWithin(REPLIES, deltas);
        // dropped on every node once the transaction commits
        counts.keySet().forEach(replies::invalidate);
    }

    /** Drops the kept reply count of a topic whose count changed, on every node. */
    public void shown(long topicId) {
        replies.invalidate(topicId);
    }

    /** Counts one published reply less. */
    public void removed(long topicId) {
        addReplies(topicId, current -> current > 0 ? -1 : 0);
    }

    /**
     * Sets the count to what {@code count} counts (again, from the store). It counts while holding
     * the topic's lock, so that of two recounts at once on this node (a moderator's, the
     * listener's) the later one also counted later, and the count ends right.
     */
    public void set(long topicId, LongSupplier count) {
        addReplies(topicId, current -> count.getAsLong() - current);
    }

    /** Adds what {@code delta} computes from the stored count, by an increment: another node's increments still count. */
    private void addReplies(long topicId, LongUnaryOperator delta) {
        String key = Long.toString(topicId);
        synchronized (stripe(topicId)) {
            long change = delta.applyAsLong(data.count(REPLIES, key));
            if (change != 0) {
                data.increment(REPLIES, key, change);
            }
            replies.invalidate(topicId);
        }
    }

    private Object stripe(long topicId) {
        return stripes[(int) Math.floorMod(topicId, (long) STRIPES)];
    }
}

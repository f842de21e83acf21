package org.symbiose.plugins.forum;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.data.PluginData;

/**
 * How many published replies each topic has ({@code replies} counters keyed by topic id), kept
 * here rather than in the topic item so that a reply does not rewrite its topic, which would keep
 * a revision with the replier as its editor. The counts are also held in memory, as this server
 * is the only one writing them: the unanswered list filters up to {@link TopicLists#MAX_SCAN}
 * topics by reply count. When a topic was last active is the store's {@link Item#activity()}
 * (earlier versions kept it here too, in {@code activity} records, no longer read).
 */
@Component(service = TopicActivity.class)
public class TopicActivity {

    static final String REPLIES = "replies";

    @Reference
    private PluginData data;

    private final ConcurrentMap<Long, Long> replies = new ConcurrentHashMap<>();

    public long replies(long topicId) {
        return replies.computeIfAbsent(topicId, id -> data.count(REPLIES, Long.toString(id)));
    }

    /** Counts a new published reply. */
    public void replied(Item reply) {
        // one write: the stored count is what the increment returns
        replies.compute(reply.parentId(), (id, cached) -> data.increment(REPLIES, Long.toString(id), 1));
    }

    /** Counts one published reply less. */
    public void removed(long topicId) {
        addReplies(topicId, current -> current > 0 ? -1 : 0);
    }

    /**
     * Sets the count to what {@code count} counts (again, from the store). It counts while holding
     * the topic's entry, so that of two recounts at once (a moderator's, the listener's) the later
     * one also counted later, and the count ends right.
     */
    public void set(long topicId, LongSupplier count) {
        addReplies(topicId, current -> count.getAsLong() - current);
    }

    /**
     * Adds what {@code delta} computes from the stored count. The map's lock on the topic's entry
     * keeps the stored count and the one in memory in step when replies come at once.
     */
    private void addReplies(long topicId, LongUnaryOperator delta) {
        String key = Long.toString(topicId);
        replies.compute(topicId, (id, cached) -> {
            long stored = data.count(REPLIES, key);
            long change = delta.applyAsLong(stored);
            return change == 0 ? stored : data.increment(REPLIES, key, change);
        });
    }
}

package org.symbiose.plugins.forum;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongUnaryOperator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.data.PluginData;

/**
 * How many published replies each topic has ({@code replies} counters keyed by topic id) and when
 * it was last active ({@code activity} records keyed by topic id). They are kept here rather than
 * in the topic item so that a reply does not rewrite its topic, which would keep a revision with
 * the replier as its editor. Both are also held in memory, as this server is the only one
 * writing them: a category's list sorts up to {@link TopicLists#MAX_SCAN} topics by last
 * activity, and the unanswered list filters as many by reply count.
 */
@Component(service = TopicActivity.class)
public class TopicActivity {

    static final String REPLIES = "replies";
    static final String ACTIVITY = "activity";

    @Reference
    private PluginData data;

    private final ConcurrentMap<Long, Long> replies = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Instant> lastActivity = new ConcurrentHashMap<>();

    public long replies(long topicId) {
        return replies.computeIfAbsent(topicId, id -> data.count(REPLIES, Long.toString(id)));
    }

    /** Its last reply, or when it was started. */
    public Instant last(Item topic) {
        return lastActivity.computeIfAbsent(topic.id(), id -> data.get(ACTIVITY, Long.toString(id))
                .map(record -> Instant.parse((String) record.get("at"))).orElse(topic.created()));
    }

    /** Counts a new published reply. */
    public void replied(Item reply) {
        addReplies(reply.parentId(), current -> 1);
        setLast(reply.parentId(), reply.created());
    }

    /** Counts one published reply less. */
    public void removed(long topicId) {
        addReplies(topicId, current -> current > 0 ? -1 : 0);
    }

    /** Sets both, as counted again from the store. */
    public void set(long topicId, long count, Instant last) {
        addReplies(topicId, current -> count - current);
        setLast(topicId, last);
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

    private void setLast(long topicId, Instant at) {
        data.put(ACTIVITY, Long.toString(topicId), Map.of("at", at.toString()));
        lastActivity.put(topicId, at);
    }
}

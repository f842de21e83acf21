package org.symbiose.plugins.forum;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.data.PluginData;

/**
 * How many published replies each topic has ({@code replies} counters keyed by topic id) and when
 * it was last active ({@code activity} records keyed by topic id). They are kept here rather than
 * in the topic item so that a reply does not rewrite its topic, which would keep a revision with
 * the replier as its editor. Last activity is also held in memory: a category's list sorts up to
 * {@link TopicLists#MAX_SCAN} topics by it, and this server is the only one writing it.
 */
@Component(service = TopicActivity.class)
public class TopicActivity {

    static final String REPLIES = "replies";
    static final String ACTIVITY = "activity";

    @Reference
    private PluginData data;

    private final ConcurrentMap<Long, Instant> lastActivity = new ConcurrentHashMap<>();

    public long replies(long topicId) {
        return data.count(REPLIES, Long.toString(topicId));
    }

    /** Its last reply, or when it was started. */
    public Instant last(Item topic) {
        return lastActivity.computeIfAbsent(topic.id(), id -> data.get(ACTIVITY, Long.toString(id))
                .map(record -> Instant.parse((String) record.get("at"))).orElse(topic.created()));
    }

    /** Counts a new published reply. */
    public void replied(Item reply) {
        data.increment(REPLIES, Long.toString(reply.parentId()), 1);
        setLast(reply.parentId(), reply.created());
    }

    /** Counts one published reply less. */
    public void removed(long topicId) {
        if (data.increment(REPLIES, Long.toString(topicId), -1) < 0) {
            data.increment(REPLIES, Long.toString(topicId), 1);
        }
    }

    /** Sets both, as counted again from the store. */
    public void set(long topicId, long replies, Instant last) {
        String key = Long.toString(topicId);
        data.increment(REPLIES, key, replies - data.count(REPLIES, key));
        setLast(topicId, last);
    }

    private void setLast(long topicId, Instant at) {
        data.put(ACTIVITY, Long.toString(topicId), Map.of("at", at.toString()));
        lastActivity.put(topicId, at);
    }
}

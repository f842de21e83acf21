package org.symbiose.plugins.forum;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.symbiose.api.content.Item;

/**
 * Reads and changes the forum's attributes of a topic item: pinned, locked, question, accepted
 * answer, reply count, last activity, and the topic it was merged into.
 */
public final class TopicState {

    public static final String PINNED = "pinned";
    public static final String LOCKED = "locked";
    public static final String QUESTION = "question";
    public static final String ACCEPTED = "acceptedAnswer";
    public static final String REPLIES = "replyCount";
    public static final String LAST_ACTIVITY = "lastActivity";
    public static final String MERGED_INTO = "mergedInto";

    private TopicState() {
    }

    /** The attributes of a new topic. */
    public static Map<String, Object> initial(boolean question, Instant now) {
        return Map.of(PINNED, false, LOCKED, false, QUESTION, question, REPLIES, 0, LAST_ACTIVITY, now.toString());
    }

    public static boolean flag(Item topic, String name) {
        return Boolean.TRUE.equals(topic.attributes().get(name));
    }

    public static Long id(Item topic, String name) {
        return topic.attributes().get(name) instanceof Number number ? number.longValue() : null;
    }

    public static long replyCount(Item topic) {
        return topic.attributes().get(REPLIES) instanceof Number number ? number.longValue() : 0;
    }

    public static Instant lastActivity(Item topic) {
        return topic.attributes().get(LAST_ACTIVITY) instanceof String text ? Instant.parse(text) : topic.created();
    }

    /** The topic's attributes with {@code name} set to {@code value}, or removed for null. */
    public static Map<String, Object> with(Item topic, String name, Object value) {
        Map<String, Object> attributes = new HashMap<>(topic.attributes());
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
        return attributes;
    }
}

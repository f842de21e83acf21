package org.symbiose.plugins.forum;

import java.util.HashMap;
import java.util.Map;
import org.symbiose.api.content.Item;

/**
 * Reads and changes the forum's attributes of a topic item: pinned, locked, question, accepted
 * answer, and the topic it was merged into. Reply count and last activity are
 * {@link TopicActivity}.
 */
public final class TopicState {

    public static final String PINNED = "pinned";
    public static final String LOCKED = "locked";
    public static final String QUESTION = "question";
    public static final String ACCEPTED = "acceptedAnswer";
    public static final String MERGED_INTO = "mergedInto";

    private TopicState() {
    }

    /** The attributes of a new topic. */
    public static Map<String, Object> initial(boolean question) {
        return Map.of(PINNED, false, LOCKED, false, QUESTION, question);
    }

    public static boolean flag(Item topic, String name) {
        return Boolean.TRUE.equals(topic.attributes().get(name));
    }

    public static Long id(Item topic, String name) {
        return topic.attributes().get(name) instanceof Number number ? number.longValue() : null;
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

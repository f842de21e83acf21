package org.symbiose.plugins.forum;

import java.util.Map;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.StaleItemException;

/**
 * Changes a topic's attributes on the forum's own account (reply count, last activity, pinned…),
 * re-reading and retrying when a concurrent reply changed the topic in between: these changes
 * are computed from the current state, so a retry is always right.
 */
@Component(service = TopicEdits.class)
public class TopicEdits {

    private static final int ATTEMPTS = 5;

    @Reference
    private ContentStore store;

    /** Sets the attributes {@code change} computes from the current topic. */
    public Item change(long topicId, long actorId, Function<Item, Map<String, Object>> change) {
        for (int attempt = 1; ; attempt++) {
            Item topic = store.find(topicId).orElseThrow(() -> new ItemNotFoundException(topicId));
            try {
                return store.edit(topicId, topic.version(), new ItemEdit(null, null, null, change.apply(topic)), actorId);
            } catch (StaleItemException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}

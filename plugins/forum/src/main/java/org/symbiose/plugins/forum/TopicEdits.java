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
 * Changes a topic's attributes on the forum's own account (reply count, last activity, pinned…)
 * and moves topics and replies under another parent, re-reading and retrying when a concurrent
 * reply changed the item in between: these changes are computed from the current state, so a
 * retry is always right.
 */
@Component(service = TopicEdits.class)
public class TopicEdits {

    private static final int ATTEMPTS = 5;

    @Reference
    private ContentStore store;

    @Reference
    private ForumCaches caches;

    /** Sets the attributes {@code change} computes from the current topic. */
    public Item change(long topicId, long actorId, Function<Item, Map<String, Object>> change) {
        return retried(topicId, topic -> store.edit(topicId, topic.version(), new ItemEdit(null, null, null,
                change.apply(topic)), actorId));
    }

    /** Puts a topic under another category, or a reply under another topic; no revision is kept. */
    public Item move(long itemId, long parentId, long actorId) {
        return retried(itemId, item -> store.move(itemId, item.version(), parentId, actorId));
    }

    /** Writes, then drops the cached reads of the item as it was (a reply's old topic) and as it is. */
    private Item retried(long id, Function<Item, Item> write) {
        for (int attempt = 1; ; attempt++) {
            Item current = store.find(id).orElseThrow(() -> new ItemNotFoundException(id));
            try {
                Item written = write.apply(current);
                caches.changed(current);
                caches.changed(written);
                return written;
            } catch (StaleItemException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}

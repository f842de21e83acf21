package org.symbiose.plugins.forum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.spi.content.ItemListener;

/**
 * The forum's one listener to the store (the host hears one per plugin): categories changed by
 * anyone drop the category copy, any change drops the cached reads it concerns
 * ({@link ForumCaches}), and replies published or unpublished outside the forum's own writes
 * (approved or hidden by moderation, for example) have their topic counted again. Counting again
 * from the store also makes it harmless when the forum already counted the change.
 */
@Component(service = ItemListener.class)
public class ForumEvents implements ItemListener {

    @Reference
    private CategoryIndex categories;

    @Reference
    private TopicCounters counters;

    @Reference
    private ForumCaches caches;

    @Reference
    private TopicActivity activity;

    @Override
    public void created(Item item) {
        categories.changed(item);
        caches.changed(item);
    }

    @Override
    public void edited(Item item) {
        categories.changed(item);
        caches.changed(item);
    }

    /**
     * Counts the published replies imported, per topic, in the batch's transaction, and drops the cached
     * reads once for the batch.
     */
    @Override
    public void imported(List<Item> items) {
        Map<Long, Long> replies = new HashMap<>();
        boolean category = false;
        for (Item item : items) {
            category |= Category.TYPE.equals(item.type());
            if (PostLookup.REPLY.equals(item.type()) && item.status() == ItemStatus.PUBLISHED && item.parentId() != null) {
                replies.merge(item.parentId(), 1L, Long::sum);
            }
        }
        activity.repliedAll(replies);
        if (category) {
            categories.invalidate();
        }
        caches.imported(items);
    }

    @Override
    public void statusChanged(Item item, ItemStatus previous) {
        categories.changed(item);
        caches.changed(item);
        boolean published = item.status() == ItemStatus.PUBLISHED;
        if (PostLookup.REPLY.equals(item.type()) && published != (previous == ItemStatus.PUBLISHED)) {
            counters.recountReplies(item.parentId());
        }
    }
}

package org.symbiose.plugins.forum;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;

/**
 * Recomputes a topic's reply count ({@link TopicActivity}) and its accepted answer from its
 * replies as stored, after moderators moved replies in or out: counting again is right whatever moved,
 * where adjusting by the moved replies would miss those changed meanwhile.
 */
@Component(service = TopicCounters.class)
public class TopicCounters {

    @Reference
    private ContentStore store;

    @Reference
    private PostLookup lookup;

    @Reference
    private TopicEdits topicEdits;

    @Reference
    private TopicActivity activity;

    @Reference
    private ForumCaches caches;

    /**
     * The topic with its counters set from its published replies, and its accepted answer
     * withdrawn if that reply left; {@code actorId} is recorded as the topic's editor then.
     */
    public Item recount(long topicId, long actorId) {
        Item topic = recountReplies(topicId);
        Long accepted = TopicState.id(topic, TopicState.ACCEPTED);
        if (accepted != null && !lookup.isPublishedReplyOf(accepted, topicId)) {
            return topicEdits.change(topicId, actorId, current -> TopicState.with(current, TopicState.ACCEPTED, null));
        }
        return topic;
    }

    /** The topic with its reply count set from its published replies; its cached reads are dropped. */
    public Item recountReplies(long topicId) {
        Item topic = store.find(topicId).orElseThrow(() -> new ItemNotFoundException(topicId));
        activity.set(topicId, () -> publishedReplies(topicId));
        caches.changed(topic);
        return topic;
    }

    private long publishedReplies(long topicId) {
        long count = 0;
        Long before = null;
        do {
            ItemPage page = store.query(new ItemQuery(PostLookup.REPLY, topicId, null, null, null, null, before,
                    ItemQuery.MAX_LIMIT));
            count += page.items().size();
            before = page.next();
        } while (before != null);
        return count;
    }
}

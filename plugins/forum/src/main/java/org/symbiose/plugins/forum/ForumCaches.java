package org.symbiose.plugins.forum;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;

/**
 * What the forum's reads share between viewers, computed once until something it shows changes:
 * a topic with its first page of replies, a category's first pages of topics, and each topic's
 * related topics. They hold items only: who may see them (the category's access, a post's
 * status) and what is the viewer's own (read marks, watches, likes) is decided on every request,
 * so a cached read never shows what a viewer may no longer see. The forum's own writes drop what
 * they change at once; changes made elsewhere (moderation) are heard by {@link ForumEvents}. The
 * caches are the server's shared ones: what one node drops, every node drops.
 */
@Component(service = ForumCaches.class)
public class ForumCaches {

    /** How many of a category's topics, in their order, are kept: its first five pages. */
    static final int CATEGORY_TOPICS = 5 * Paging.DEFAULT_LIMIT;

    @Reference
    private SharedCaches caches;

    /**
     * What the topics kept on this node may weigh together, in approximate bytes of heap: ten
     * thousand topics of ten posts of a few hundred characters each; beyond, the least read leave,
     * and a miss costs two indexed queries (the topic, its first replies).
     */
    static final long TOPICS_BUDGET = 160L << 20;

    /** Topics with their first replies, weighed by their size; beyond {@link #TOPICS_BUDGET}, the least read leave. */
    SharedCache<Long, CachedTopic> topics;
    /** The first {@link #CATEGORY_TOPICS} topics of each category, pinned ones first, then by last activity. */
    SharedCache<Long, Listing<Item>> categoryTopics;
    /**
     * Related topics per topic, and per viewer where visitors may not read it: the search already
     * left out what its viewer may not see.
     */
    SharedCache<RelatedKey, List<Related>> related;

    @Activate
    void start() {
        topics = caches.weighedCache("topics", TOPICS_BUDGET, CachedTopic::weight);
        categoryTopics = caches.cache("category-topics", 1_000);
        related = caches.cache("related", 20_000);
    }

    /**
     * Drops what {@code item}, just changed, may be part of: a reply's topic, a topic and every
     * category list (a topic may have left one: a move), and related topics when other topics' lists
     * may show it otherwise ({@link #reshapesRelated}).
     */
    public void changed(Item item) {
        switch (item.type()) {
            case PostLookup.TOPIC -> {
                topics.invalidate(item.id());
                categoryTopics.clear();
                forgetRelated(List.of(item));
            }
            case PostLookup.REPLY -> {
                if (item.parentId() != null) {
                    topics.invalidate(item.parentId());
                }
                // the topic's last activity moved it up its category
                categoryTopics.clear();
            }
            case Category.TYPE -> related.clear();
            default -> {
                // not the forum's
            }
        }
    }

    /**
     * Drops what items imported at once may be part of: once per batch, not per item, since each
     * invalidation travels to every node.
     */
    public void imported(Collection<Item> items) {
        Set<Long> topicsChanged = new HashSet<>();
        for (Item item : items) {
            if (PostLookup.REPLY.equals(item.type()) && item.parentId() != null) {
                topicsChanged.add(item.parentId());
            }
        }
        topicsChanged.forEach(topics::invalidate);
        categoryTopics.clear();
        forgetRelated(items);
    }

    /**
     * Related topics are kept until what they show changes: a new topic (which nobody read yet) or a
     * new reply leaves every list as it is, so that reading all topics costs one search each, once
     * (a new topic joins other topics' lists when they are next looked for, at the latest after the
     * shared caches' safety expiry); an edit, a move or a status change of a topic, or any change of
     * a category (its access), may change what any list shows, and drops them all: rare. Nothing is
     * invalidated otherwise, since any invalidation discards the searches running meanwhile.
     */
    private void forgetRelated(Collection<Item> items) {
        if (items.stream().anyMatch(ForumCaches::reshapesRelated)) {
            related.clear();
        }
    }

    /**
     * Whether other topics' related lists may show {@code item} otherwise now: anything but a topic
     * as first written and published, or a reply.
     */
    static boolean reshapesRelated(Item item) {
        return switch (item.type()) {
            case PostLookup.REPLY -> false;
            case PostLookup.TOPIC -> item.version() > 1 || item.status() != ItemStatus.PUBLISHED;
            default -> Category.TYPE.equals(item.type());
        };
    }

    /**
     * A topic as stored and its first page of published replies, oldest first.
     *
     * @param topic   the topic's first post
     * @param replies its first {@link Paging#DEFAULT_LIMIT} replies
     * @param stamp   what tells this content from any other: each post's id, version and
     *                what changes without a new version; the same on every node
     */
    record CachedTopic(Item topic, Listing<Item> replies, String stamp) {

        CachedTopic(Item topic, Listing<Item> replies) {
            this(topic, replies, Stamps.of(topic, replies.items()));
        }

        /** Approximate bytes on the heap: the texts (one byte a character mostly) and a fixed part per post. */
        int weight() {
            long weight = weight(topic) + stamp.length();
            for (Item reply : replies.items()) {
                weight += weight(reply);
            }
            return (int) Math.min(Integer.MAX_VALUE, weight);
        }

        private static long weight(Item post) {
            return 600L + length(post.title()) + length(post.body()) + length(post.bodyHtml()) + 40L * post.tags().size();
        }

        private static int length(String text) {
            return text == null ? 0 : text.length();
        }
    }

    /**
     * Whose related topics of which topic; its string form, which invalidations carry, says both.
     *
     * @param topicId  the topic
     * @param viewerId the viewer, null for visitors
     */
    record RelatedKey(long topicId, Long viewerId) {
    }

    /**
     * A related topic, with its category for the access check of each request.
     *
     * @param shown      as shown
     * @param categoryId its category
     */
    record Related(TopicView.RelatedTopic shown, long categoryId) {
    }
}

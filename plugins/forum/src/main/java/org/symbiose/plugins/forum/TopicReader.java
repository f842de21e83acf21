package org.symbiose.plugins.forum;

import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.Participation;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.Versions;
import org.symbiose.api.search.Search;

/**
 * A topic as one viewer reads it: a page of replies, whether they watch it, what they may do,
 * related topics. Reading it counts a view and, for a member, remembers how far they read (both
 * written a few seconds later, {@link ReadMarks}) and tells the core how many posts they read for
 * the first time. The topic with its first replies and its related topics come from
 * {@link ForumCaches}; the viewer's access is checked on each read. Related topics are looked for
 * in the background the first time: the first read after a change shows none.
 */
@Component(service = TopicReader.class)
public class TopicReader {

    private static final int RELATED = 5;

    @Reference
    private ContentStore store;

    @Reference
    private PostLookup lookup;

    @Reference
    private CategoryIndex categories;

    @Reference
    private TopicLists lists;

    @Reference
    private ReadMarks marks;

    @Reference
    private Watches watches;

    @Reference
    private Search search;

    @Reference
    private TopicActivity activity;

    @Reference
    private Participation participation;

    @Reference
    private ForumCaches caches;

    /**
     * The topic as {@code viewer} sees it, with its replies from {@code offset}.
     *
     * @param nextPage the URL of the page of replies at a given offset
     */
    public TopicView read(Viewer viewer, long topicId, int offset, int limit, IntFunction<String> nextPage) {
        return view(open(viewer, topicId, offset, limit), nextPage);
    }

    /**
     * Reads the topic for {@code viewer} up to what decides its validator, and no further: the
     * access check, the view counted, the member's read mark moved; what is left to build the
     * answer ({@link #view}) is only done when the client does not have it already.
     */
    public Reading open(Viewer viewer, long topicId, int offset, int limit) {
        ForumCaches.CachedTopic cached = caches.topics.get(topicId, id -> new ForumCaches.CachedTopic(
                store.find(id).orElseThrow(() -> new ItemNotFoundException(id)), lists.replies(id, 0, Paging.DEFAULT_LIMIT)));
        PostContext context = lookup.topic(cached.topic(), viewer);
        Item topic = context.topic();
        boolean first = cached.replies().holds(offset, limit);
        Listing<Item> replies = first ? cached.replies().within(offset, limit) : lists.replies(topicId, offset, limit);
        marks.viewed(topicId);
        Instant lastRead = null;
        boolean watching = false;
        if (viewer.isMember()) {
            Optional<ReadMarks.Mark> mark = marks.mark(viewer.id(), topicId);
            lastRead = mark.map(ReadMarks.Mark::at).orElse(null);
            remember(viewer.id(), topicId, mark, replies.items());
            watching = watches.watches(Watches.Target.TOPIC, topicId, viewer.id());
        }
        boolean canReply = viewer.canPost() && context.access().reply().admits(viewer)
                && topic.status() == ItemStatus.PUBLISHED && !TopicState.flag(topic, TopicState.LOCKED);
        String posts = first ? cached.stamp() : Stamps.of(topic, replies.items());
        Shown shown = new Shown(posts, offset, limit, replies.nextOffset(), context.category().id(),
                context.category().name(), activity.replies(topicId), watching, canReply, context.moderatedBy(viewer));
        return new Reading(viewer, topic, replies, shown, lastRead);
    }

    /** The answer of a reading: the topic with its page of replies, its counts and related topics. */
    public TopicView view(Reading reading, IntFunction<String> nextPage) {
        Item topic = reading.topic();
        Shown shown = reading.shown();
        Long accepted = TopicState.id(topic, TopicState.ACCEPTED);
        Listing<Item> replies = reading.replies();
        return new TopicView(PostView.of(topic, accepted), shown.categoryId(), shown.categoryName(),
                TopicState.flag(topic, TopicState.PINNED), TopicState.flag(topic, TopicState.LOCKED),
                TopicState.flag(topic, TopicState.QUESTION), accepted, TopicState.id(topic, TopicState.MERGED_INTO),
                shown.replyCount(), marks.views(topic.id()), reading.lastRead(), shown.watching(), shown.canReply(),
                shown.moderates(), new Page<>(replies.items().stream().map(reply -> PostView.of(reply, accepted)).toList(),
                        replies.nextOffset() == null ? null : nextPage.apply(replies.nextOffset())),
                related(topic, reading.viewer()), topic.attributes().get(TopicPromotion.ENTRY_LINK) instanceof String link ? link : null);
    }

    /**
     * A topic read up to its validator.
     *
     * @param lastRead when the viewer last read it before, or null
     */
    public record Reading(Viewer viewer, Item topic, Listing<Item> replies, Shown shown, Instant lastRead) {

        /**
         * The weak validator of the answer: what it shows but the incidentals (the view count, the
         * viewer's last visit, related topics found later), so that a read again gets 304 until
         * the topic, its replies or what the viewer may do with it change.
         */
        public EntityTag tag() {
            return Versions.tagOf(shown);
        }
    }

    /**
     * What a validator covers: the posts by their stamp, and what else the answer shows.
     *
     * @param posts the stamp of the topic and the page of replies
     */
    record Shown(String posts, int offset, int limit, Integer nextOffset, long categoryId, String categoryName,
            long replyCount, boolean watching, boolean canReply, boolean moderates) {
    }

    /**
     * Topics like this one that the viewer may read now, whatever they could when it was cached;
     * none while they are being looked for (a search costing more than the rest of the read). A
     * topic visitors may read has one list for every viewer, found as a visitor finds it, so that
     * reading many topics costs one search each, not one per viewer: members then see the related
     * topics of public categories only. Elsewhere, each viewer has their own.
     */
    private List<TopicView.RelatedTopic> related(Item topic, Viewer viewer) {
        Long searcher = readable(topic.parentId(), Viewer.visitor()) ? null : viewer.id();
        return caches.related.getLater(new ForumCaches.RelatedKey(topic.id(), searcher), key ->
                        search.related(key.topicId(), RELATED, key.viewerId()).stream()
                                .filter(hit -> PostLookup.TOPIC.equals(hit.type()))
                                .flatMap(hit -> store.find(hit.id()).map(found -> new ForumCaches.Related(
                                        new TopicView.RelatedTopic(hit.id(), hit.title(), hit.link()), found.parentId()))
                                        .stream())
                                .toList())
                .orElse(List.of()).stream()
                .filter(related -> readable(related.categoryId(), viewer))
                .map(ForumCaches.Related::shown).toList();
    }

    private boolean readable(Long categoryId, Viewer viewer) {
        return categoryId != null && categories.tree().effectiveAccess(categoryId)
                .filter(access -> access.read().admits(viewer)).isPresent();
    }

    /**
     * Moves the member's read mark on to the furthest reply read so far, and reports the posts
     * they had not read before (the first post too, on a first visit) for their trust level.
     */
    private void remember(long memberId, long topicId, Optional<ReadMarks.Mark> mark, List<Item> shown) {
        long readUpTo = mark.map(m -> m.reply() == null ? 0L : m.reply()).orElse(-1L);
        int unread = (mark.isEmpty() ? 1 : 0) + (int) shown.stream().filter(reply -> reply.id() > readUpTo).count();
        Long furthest = shown.isEmpty() ? null : shown.get(shown.size() - 1).id();
        if (furthest == null || furthest < readUpTo) {
            furthest = readUpTo > 0 ? readUpTo : null;
        }
        marks.read(memberId, topicId, furthest);
        participation.read(memberId, unread);
    }
}

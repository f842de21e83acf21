package org.symbiose.plugins.forum;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.Participation;
import org.symbiose.api.search.Search;

/**
 * A topic as one viewer reads it: a page of replies, whether they watch it, what they may do,
 * related topics. Reading it counts a view and, for a member, remembers how far they read and
 * tells the core how many posts they read for the first time.
 */
@Component(service = TopicReader.class)
public class TopicReader {

    private static final int RELATED = 5;

    @Reference
    private PostLookup lookup;

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

    public TopicView read(Viewer viewer, long topicId, int offset, int limit) {
        PostContext context = lookup.topic(topicId, viewer);
        Item topic = context.topic();
        Long accepted = TopicState.id(topic, TopicState.ACCEPTED);
        Listing<Item> replies = lists.replies(topicId, offset, limit);
        long views = marks.viewed(topicId);
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
        List<TopicView.RelatedTopic> related = search.related(topicId, RELATED, viewer.id()).stream()
                .filter(hit -> PostLookup.TOPIC.equals(hit.type()))
                .map(hit -> new TopicView.RelatedTopic(hit.id(), hit.title(), hit.link())).toList();
        return new TopicView(PostView.of(topic, accepted), context.category().id(), context.category().name(),
                TopicState.flag(topic, TopicState.PINNED), TopicState.flag(topic, TopicState.LOCKED),
                TopicState.flag(topic, TopicState.QUESTION), accepted, TopicState.id(topic, TopicState.MERGED_INTO),
                activity.replies(topicId), views, lastRead, watching, canReply, context.moderatedBy(viewer),
                new Listing<>(replies.items().stream().map(reply -> PostView.of(reply, accepted)).toList(), null,
                        replies.nextOffset()),
                related);
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

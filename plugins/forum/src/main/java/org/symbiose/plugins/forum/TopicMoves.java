package org.symbiose.plugins.forum;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.audit.AuditLog;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;

/**
 * Moderators reorganising conversations: moving a topic to another category, splitting replies
 * off into a new topic, merging a topic into another. They must moderate both the topic's
 * category and the one the posts go to. Each is audited ({@code forum.move}, {@code forum.split},
 * {@code forum.merge}) and leaves the counters of the topics concerned right. Each is many writes
 * and runs in one transaction ({@link ContentStore#inOneTransaction}): a failure half-way leaves
 * every post where it was.
 *
 * <ul>
 * <li><b>Split</b>: the first chosen reply (the oldest) opens the new topic: the topic is written
 * in its author's name with its text (they watch it, as who starts a topic), and the reply
 * itself is deleted from the old topic (its reactions stay with the deleted reply). The other
 * chosen replies move to the new topic with their authors, dates and reactions.</li>
 * <li><b>Merge</b> of A into B: all of A's replies (whatever their status) move into B, where
 * they take their place by date. A keeps its opening post, is locked and points to B
 * ({@code mergedInto}), so that links to A still lead somewhere.</li>
 * </ul>
 */
@Component(service = TopicMoves.class)
public class TopicMoves {

    /** Most replies split off at once. */
    static final int MAX_SPLIT = ItemQuery.MAX_LIMIT;

    private static final EnumSet<ItemStatus> ANY_STATUS = EnumSet.allOf(ItemStatus.class);

    @Reference
    private ContentStore store;

    @Reference
    private PostLookup lookup;

    @Reference
    private TopicEdits topicEdits;

    @Reference
    private TopicCounters counters;

    @Reference
    private Watches watches;

    @Reference
    private AuditLog audit;

    /** Moves a topic, with its replies, to another category. */
    public Item move(Viewer moderator, long topicId, long categoryId, String reason) {
        return store.inOneTransaction(() -> moveNow(moderator, topicId, categoryId, reason));
    }

    /** Splits replies of a topic off into a new topic in {@code categoryId}; returns the new topic. */
    public Item split(Viewer moderator, long topicId, List<Long> replyIds, String title, long categoryId, String reason) {
        return store.inOneTransaction(() -> splitNow(moderator, topicId, replyIds, title, categoryId, reason));
    }

    /** Merges topic {@code topicId} into {@code intoId}; returns the merged (now closed) topic. */
    public Item merge(Viewer moderator, long topicId, long intoId, String reason) {
        return store.inOneTransaction(() -> mergeNow(moderator, topicId, intoId, reason));
    }

    private Item moveNow(Viewer moderator, long topicId, long categoryId, String reason) {
        PostContext context = lookup.moderatedTopic(topicId, moderator);
        lookup.moderatedTarget(categoryId, moderator, "category");
        long from = context.category().id();
        if (from == categoryId) {
            return context.topic();
        }
        Item moved = topicEdits.move(topicId, categoryId, moderator.id());
        // a reply is searched in its topic's category, computed when it is written: writing each
        // again (under the same topic) has search see it in its new place, private or not
        forEachReply(topicId, reply -> topicEdits.move(reply.id(), topicId, moderator.id()));
        audit.record(moderator.id(), "forum.move", topicId, reason, "category " + from, "category " + categoryId);
        return moved;
    }

    private Item splitNow(Viewer moderator, long topicId, List<Long> replyIds, String title, long categoryId, String reason) {
        lookup.moderatedTopic(topicId, moderator);
        Category category = lookup.moderatedTarget(categoryId, moderator, "category");
        if (title == null || title.isBlank()) {
            throw new InvalidItemException("title", "The new topic needs a title");
        }
        List<Item> replies = chosenReplies(topicId, replyIds);
        Item opening = replies.get(0);
        if (opening.status() != ItemStatus.PUBLISHED) {
            throw new InvalidItemException("replies", "The first chosen reply opens the new topic: it must be published");
        }
        Item topic = store.create(new ItemDraft(PostLookup.TOPIC, categoryId, title.strip(), opening.body(), List.of(),
                TopicState.initial(category.qa()), ItemStatus.PUBLISHED), opening.author().id());
        watches.watch(Watches.Target.TOPIC, topic.id(), opening.author().id());
        store.changeStatus(opening.id(), opening.version(), ItemStatus.DELETED, moderator.id());
        for (Item reply : replies.subList(1, replies.size())) {
            topicEdits.move(reply.id(), topic.id(), moderator.id());
        }
        counters.recount(topicId, moderator.id());
        Item split = counters.recount(topic.id(), moderator.id());
        audit.record(moderator.id(), "forum.split", topicId, reason, "topic " + topicId,
                "topic " + topic.id() + " from replies " + replies.stream().map(r -> String.valueOf(r.id()))
                        .collect(Collectors.joining(",")));
        return split;
    }

    private Item mergeNow(Viewer moderator, long topicId, long intoId, String reason) {
        PostContext merged = lookup.moderatedTopic(topicId, moderator);
        if (topicId == intoId) {
            throw new InvalidItemException("into", "A topic cannot be merged into itself");
        }
        PostContext into;
        try {
            into = lookup.topic(intoId, moderator);
        } catch (RuntimeException notFound) {
            throw new InvalidItemException("into", "No topic " + intoId + " you may read");
        }
        if (into.topic().status() != ItemStatus.PUBLISHED || TopicState.id(into.topic(), TopicState.MERGED_INTO) != null) {
            throw new InvalidItemException("into", "Merge into a published topic that was not merged itself");
        }
        lookup.moderatedTarget(into.category().id(), moderator, "into");
        if (TopicState.id(merged.topic(), TopicState.MERGED_INTO) != null) {
            throw new ClientErrorException("This topic was already merged", Response.Status.CONFLICT);
        }
        int moved = forEachReply(topicId, reply -> topicEdits.move(reply.id(), intoId, moderator.id()));
        topicEdits.change(topicId, moderator.id(), current -> {
            Map<String, Object> attributes = TopicState.with(current, TopicState.MERGED_INTO, intoId);
            attributes.put(TopicState.LOCKED, true);
            return attributes;
        });
        Item topic = counters.recount(topicId, moderator.id());
        counters.recount(intoId, moderator.id());
        audit.record(moderator.id(), "forum.merge", topicId, reason, "topic " + topicId,
                "topic " + intoId + " with " + moved + " replies");
        return topic;
    }

    /** The chosen replies of the topic, oldest first; deleted ones cannot be chosen. */
    private List<Item> chosenReplies(long topicId, List<Long> replyIds) {
        if (replyIds == null || replyIds.isEmpty()) {
            throw new InvalidItemException("replies", "Choose the replies to split off");
        }
        if (replyIds.contains(null) || replyIds.stream().distinct().count() > MAX_SPLIT) {
            throw new InvalidItemException("replies", "Choose between 1 and " + MAX_SPLIT + " replies");
        }
        List<Item> replies = new ArrayList<>();
        for (long id : replyIds.stream().distinct().sorted().toList()) {
            replies.add(store.find(id).filter(reply -> PostLookup.REPLY.equals(reply.type())
                    && Long.valueOf(topicId).equals(reply.parentId()) && reply.status() != ItemStatus.DELETED)
                    .orElseThrow(() -> new InvalidItemException("replies", "Reply " + id + " is not in this topic")));
        }
        return replies;
    }

    /**
     * Runs {@code action} on every reply of a topic, whatever its status, newest first, and says
     * how many there were. Paging by id stays right when the action moves the reply away: the
     * next page is of older ids.
     */
    private int forEachReply(long topicId, Consumer<Item> action) {
        int count = 0;
        Long before = null;
        do {
            ItemPage page = store.query(new ItemQuery(PostLookup.REPLY, topicId, null, null, null, ANY_STATUS, before,
                    ItemQuery.MAX_LIMIT));
            page.items().forEach(action);
            count += page.items().size();
            before = page.next();
        } while (before != null);
        return count;
    }
}

package org.symbiose.plugins.forum;

import jakarta.ws.rs.core.EntityTag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemOrder;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.rest.Versions;

/**
 * The forum's lists, each holding only what the viewer may read. Lists in the store's orders
 * (newest first, oldest first, by last activity) come from it page by page; lists by cursor page
 * by cursor, the others by offset. Top topics are sorted here from at most {@link #MAX_SCAN}
 * items, as the store offers no such order. A category's first pages are shared by every viewer
 * ({@link ForumCaches}).
 */
@Component(service = TopicLists.class)
public class TopicLists {

    /** Most items one list request reads from the store. */
    static final int MAX_SCAN = 2000;

    private static final Map<String, Duration> PERIODS = Map.of("day", Duration.ofDays(1), "week", Duration.ofDays(7),
            "month", Duration.ofDays(30), "year", Duration.ofDays(365));

    @Reference
    private ContentStore store;

    @Reference
    private CategoryIndex categories;

    @Reference
    private ReadMarks marks;

    @Reference
    private Clock clock;

    @Reference
    private TopicActivity activity;

    @Reference
    private ForumCaches caches;

    /** A category's topics: pinned ones first, then by last activity. */
    public Listing<TopicSummary> inCategory(Viewer viewer, long categoryId, int offset, int limit) {
        return summaries(viewer, topicsOf(viewer, categoryId, offset, limit));
    }

    /** A category's topics as stored, pinned ones first, then by last activity: what its list shows. */
    public Listing<Item> topicsOf(Viewer viewer, long categoryId, int offset, int limit) {
        categories.readable(categoryId, viewer);
        Listing<Item> first = caches.categoryTopics.get(categoryId, id -> inCategory(id, 0, ForumCaches.CATEGORY_TOPICS));
        return first.holds(offset, limit) ? first.within(offset, limit) : inCategory(categoryId, offset, limit);
    }

    /**
     * The validator of a list of {@code topics} as {@code viewer} sees it, decided without building the list. View
     * counts are left out: every read of one of the topics moves them, so no list would ever be the same twice.
     */
    public EntityTag tagOf(Viewer viewer, Listing<Item> topics) {
        StringBuilder state = new StringBuilder(Stamps.of(topics.items())).append(topics.nextOffset());
        for (Item topic : topics.items()) {
            state.append(';').append(activity.replies(topic.id())).append(':').append(topic.activity())
                    .append(':').append(marks.hasNews(viewer, topic));
        }
        return Versions.tagOf(state);
    }

    /** The newest topics of every category the viewer may read. */
    public Listing<TopicSummary> latest(Viewer viewer, Long before, int limit) {
        return summaries(viewer, readable(viewer, cursor -> query(null, null, null, Map.of(), cursor), before, limit));
    }

    /** Topics nobody replied to yet, newest first. */
    public Listing<TopicSummary> unanswered(Viewer viewer, Long before, int limit) {
        return summaries(viewer, filtered(cursor -> query(null, null, null, Map.of(), cursor),
                topic -> activity.replies(topic.id()) == 0 && readable(topic, viewer), before, limit));
    }

    /** Topics with a tag, newest first. */
    public Listing<TopicSummary> tagged(Viewer viewer, String tag, Long before, int limit) {
        String normalized = tag.strip().toLowerCase(Locale.ROOT);
        return summaries(viewer, readable(viewer,
                cursor -> new ItemQuery(PostLookup.TOPIC, null, null, normalized, null, null, cursor, ItemQuery.MAX_LIMIT),
                before, limit));
    }

    /** A member's topics, newest first. */
    public Listing<TopicSummary> startedBy(Viewer viewer, long memberId, Long before, int limit) {
        return summaries(viewer, readable(viewer, cursor -> query(null, memberId, null, Map.of(), cursor), before, limit));
    }

    /** A member's replies, newest first, in topics the viewer may read. */
    public Listing<PostView> repliesBy(Viewer viewer, long memberId, Long before, int limit) {
        Map<Long, Optional<Item>> topics = new HashMap<>();
        Predicate<Item> inReadableTopic = reply -> topics
                .computeIfAbsent(reply.parentId(), id -> store.find(id).filter(t -> PostLookup.TOPIC.equals(t.type())))
                .filter(topic -> topic.status() == ItemStatus.PUBLISHED && readable(topic, viewer))
                .isPresent();
        Listing<Item> page = filtered(cursor -> new ItemQuery(PostLookup.REPLY, null, memberId, null, null, null, cursor,
                ItemQuery.MAX_LIMIT), inReadableTopic, before, limit);
        return new Listing<>(page.items().stream().map(reply -> PostView.of(reply, topics.get(reply.parentId())
                .map(topic -> TopicState.id(topic, TopicState.ACCEPTED)).orElse(null))).toList(), page.next(), null);
    }

    /**
     * The most popular topics started within a period ({@code day}, {@code week}, {@code month},
     * {@code year}), by votes and reactions.
     */
    public Listing<TopicSummary> top(Viewer viewer, String period, int offset, int limit) {
        Duration length = PERIODS.get(period == null ? "week" : period);
        if (length == null) {
            throw new InvalidItemException("period", "Say day, week, month or year");
        }
        Instant since = clock.instant().minus(length);
        List<Item> topics = new ArrayList<>();
        Long before = null;
        scanning:
        do {
            ItemPage page = store.query(query(null, null, null, Map.of(), before));
            for (Item topic : page.items()) {
                if (topic.created().isBefore(since) || topics.size() >= MAX_SCAN) {
                    break scanning;
                }
                if (readable(topic, viewer)) {
                    topics.add(topic);
                }
            }
            before = page.next();
        } while (before != null);
        topics.sort(Comparator.comparingLong(TopicSummary::popularity).reversed());
        return summaries(viewer, Listing.byOffset(topics, offset, limit));
    }

    /** A topic's published replies, oldest first. */
    public Listing<Item> replies(long topicId, int offset, int limit) {
        int wanted = offset + limit;
        return filtered(before -> new ItemQuery(PostLookup.REPLY, topicId, null, null, null, null, before,
                Math.min(wanted, ItemQuery.MAX_LIMIT), ItemOrder.OLDEST), item -> true, null, wanted).within(offset, limit);
    }

    /** The page at {@code offset} of a category's topics, the pinned ones (a few) first, all of any viewer. */
    private Listing<Item> inCategory(long categoryId, int offset, int limit) {
        List<Item> pinned = store.query(new ItemQuery(PostLookup.TOPIC, categoryId, null, null,
                Map.of(TopicState.PINNED, "true"), null, null, ItemQuery.MAX_LIMIT, ItemOrder.ACTIVITY)).items();
        Set<Long> pinnedIds = pinned.stream().map(Item::id).collect(Collectors.toSet());
        int wanted = Math.max(1, offset + limit - pinned.size());
        Listing<Item> others = filtered(before -> new ItemQuery(PostLookup.TOPIC, categoryId, null, null, null, null,
                before, Math.min(wanted + pinned.size(), ItemQuery.MAX_LIMIT), ItemOrder.ACTIVITY),
                topic -> !pinnedIds.contains(topic.id()), null, wanted);
        List<Item> all = new ArrayList<>(pinned);
        all.addAll(others.items());
        return new Listing<>(all, others.next(), null).within(offset, limit);
    }

    private boolean readable(Item topic, Viewer viewer) {
        return categories.tree().effectiveAccess(topic.parentId()).filter(a -> a.read().admits(viewer)).isPresent();
    }

    private Listing<Item> readable(Viewer viewer, Function<Long, ItemQuery> query, Long before, int limit) {
        return filtered(query, topic -> readable(topic, viewer), before, limit);
    }

    /**
     * A page of the items a query selects and {@code keep} accepts, in the query's order, reading
     * store pages until the page is full, the items end, or {@link #MAX_SCAN} were read.
     */
    private Listing<Item> filtered(Function<Long, ItemQuery> query, Predicate<Item> keep, Long before, int limit) {
        List<Item> kept = new ArrayList<>();
        Long cursor = before;
        int scanned = 0;
        while (true) {
            ItemPage page = store.query(query.apply(cursor));
            List<Item> items = page.items();
            for (int i = 0; i < items.size(); i++) {
                if (keep.test(items.get(i)) && kept.add(items.get(i)) && kept.size() == limit) {
                    boolean more = i < items.size() - 1 || page.next() != null;
                    return Listing.byCursor(kept, more ? items.get(i).id() : null);
                }
            }
            scanned += items.size();
            if (page.next() == null || scanned >= MAX_SCAN) {
                return Listing.byCursor(kept, page.next());
            }
            cursor = page.next();
        }
    }

    private static ItemQuery query(Long categoryId, Long authorId, String tag, Map<String, String> attributes, Long before) {
        return new ItemQuery(PostLookup.TOPIC, categoryId, authorId, tag, attributes, null, before, ItemQuery.MAX_LIMIT);
    }

    /** Topics as lists show them, with their reply and view counts and whether the viewer has news in them. */
    public Listing<TopicSummary> summaries(Viewer viewer, Listing<Item> topics) {
        return new Listing<>(topics.items().stream()
                .map(topic -> TopicSummary.of(topic, activity.replies(topic.id()), topic.activity(),
                        marks.views(topic.id()), marks.hasNews(viewer, topic))).toList(),
                topics.next(), topics.nextOffset());
    }
}

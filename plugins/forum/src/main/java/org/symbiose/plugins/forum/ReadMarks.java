package org.symbiose.plugins.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.data.PluginData;

/**
 * Who read which topic up to where ({@code read} records keyed {@code <member>:<topic>}), and how
 * often each topic was viewed ({@code views} counters keyed by topic id). Reading a topic writes
 * neither at once: views are counted in memory and read marks kept there, both written every few
 * seconds ({@link WriteBehind}). Several nodes write them: views are added to the stored count in
 * the database, and a node's stored counts are in a shared cache that each write drops on every
 * node; a mark is written only if newer than the stored one, so a node that writes late never
 * takes a member back to where they read before.
 */
@Component(service = ReadMarks.class)
public class ReadMarks {

    static final String READ = "read";
    static final String VIEWS = "views";

    @Reference
    private PluginData data;

    @Reference
    private Clock clock;

    @Reference
    private ScheduledExecutorService scheduler;

    @Reference
    private SharedCaches caches;

    @Reference
    private ContentStore store;

    private SharedCache<Long, Long> storedViews;
    private final WriteBehind<Long, Long> views = new WriteBehind<>(Long::sum, counts -> {
        Map<String, Long> deltas = new HashMap<>();
        counts.forEach((topicId, count) -> deltas.put(Long.toString(topicId), count));
        store.inOneTransaction(() -> {
            data.incrementAllWithin(VIEWS, deltas);
            return null;
        });
        counts.keySet().forEach(storedViews::invalidate);
    });
    private final WriteBehind<String, Map<String, Object>> marks = new WriteBehind<>((older, newer) -> newer,
            waiting -> waiting.forEach(
                    (key, mark) -> data.putIfNewer(READ, key, mark, Instant.parse((String) mark.get("at")))));

    @Activate
    void start() {
        storedViews = caches.cache("views", 200_000);
        views.start(scheduler);
        marks.start(scheduler);
    }

    @Deactivate
    void stop() {
        views.stop();
        marks.stop();
    }

    /** Counts one view of the topic, written a few seconds later. */
    public void viewed(long topicId) {
        views.add(topicId, 1L);
    }

    public long views(long topicId) {
        return storedViews.get(topicId, id -> data.count(VIEWS, Long.toString(id)))
                + views.waiting(topicId).orElse(0L);
    }

    /**
     * How far a member read a topic.
     *
     * @param at    when they last read it
     * @param reply the furthest reply they read, or null for only its first post
     */
    public record Mark(Instant at, Long reply) {
    }

    /** How far the member read the topic, if ever: the newer of this node's waiting mark and the stored one (another node's, maybe). */
    public Optional<Mark> mark(long memberId, long topicId) {
        String key = key(memberId, topicId);
        return Stream.of(marks.waiting(key), data.get(READ, key)).flatMap(Optional::stream)
                .map(value -> new Mark(Instant.parse((String) value.get("at")),
                        value.get("reply") instanceof Number reply ? reply.longValue() : null))
                .max(Comparator.comparing(Mark::at));
    }

    /** When the member last read the topic, if ever. */
    public Optional<Instant> lastRead(long memberId, long topicId) {
        return mark(memberId, topicId).map(Mark::at);
    }

    /** Whether the topic has activity the member has not seen: never read, or replied to since. */
    public boolean hasNews(Viewer viewer, Item topic) {
        return viewer.isMember() && lastRead(viewer.id(), topic.id())
                .map(read -> read.isBefore(topic.activity())).orElse(true);
    }

    /** Records that the member read the topic now, up to reply {@code lastReplyId} (or its first post, for null). */
    public void read(long memberId, long topicId, Long lastReplyId) {
        marks.add(key(memberId, topicId), lastReplyId == null
                ? Map.of("at", clock.instant().toString())
                : Map.of("at", clock.instant().toString(), "reply", lastReplyId));
    }

    private static String key(long memberId, long topicId) {
        return memberId + ":" + topicId;
    }
}

package org.symbiose.plugins.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.data.PluginData;

/**
 * Who read which topic up to where ({@code read} records keyed {@code <member>:<topic>}), and how
 * often each topic was viewed ({@code views} counters keyed by topic id). Reading a topic writes
 * neither at once: views are counted in memory and read marks kept there, both written every few
 * seconds ({@link WriteBehind}). The stored view counts are also held in memory, as this server
 * is the only one writing them.
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

    private final ConcurrentMap<Long, Long> storedViews = new ConcurrentHashMap<>();
    private final WriteBehind<Long, Long> views = new WriteBehind<>(Long::sum, (topicId, count) ->
            storedViews.put(topicId, data.increment(VIEWS, Long.toString(topicId), count)));
    private final WriteBehind<String, Map<String, Object>> marks = new WriteBehind<>((older, newer) -> newer,
            (key, mark) -> data.put(READ, key, mark));

    @Activate
    void start() {
        views.start(scheduler);
        marks.start(scheduler);
    }

    @Deactivate
    void stop() {
        views.stop();
        marks.stop();
    }

    /** Counts one view of the topic and returns the count. */
    public long viewed(long topicId) {
        views.add(topicId, 1L);
        return views(topicId);
    }

    public long views(long topicId) {
        return storedViews.computeIfAbsent(topicId, id -> data.count(VIEWS, Long.toString(id)))
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

    /** How far the member read the topic, if ever. */
    public Optional<Mark> mark(long memberId, long topicId) {
        String key = key(memberId, topicId);
        return marks.waiting(key).or(() -> data.get(READ, key)).map(value -> new Mark(Instant.parse((String) value.get("at")),
                value.get("reply") instanceof Number reply ? reply.longValue() : null));
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

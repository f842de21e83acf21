package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A member replying to a topic of their own as fast as the server lets them (or as the outage's
 * pause does), through crashes:
 * each reply carries a word only this writer uses, so that search finds exactly its replies.
 * Only a 201 acknowledges a reply; a refusal, or a request a dying server never answered, proves
 * nothing about it.
 */
final class ReplyWriter {

    private static final String FORUM = "api/v1/forum/";
    /** Between a writer's failed attempts while a server is down, so they do not starve its restart of CPU. */
    private static final Duration RETRY = Duration.ofMillis(200);

    private final Api api;
    private final long topic;
    private final String word;
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger afterOutage = new AtomicInteger();

    private ReplyWriter(Api api, long topic, String word) {
        this.api = api;
        this.topic = topic;
        this.word = word;
    }

    /** {@code count} new members, each with a topic of their own in {@code category}. */
    static List<ReplyWriter> in(long category, int count) throws InterruptedException, ExecutionException {
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            List<Future<ReplyWriter>> ready = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ready.add(threads.submit(() -> in(category)));
            }
            List<ReplyWriter> writers = new ArrayList<>();
            for (Future<ReplyWriter> writer : ready) {
                writers.add(writer.get());
            }
            return writers;
        }
    }

    private static ReplyWriter in(long category) {
        Accounts.Account member = Accounts.member("Writer");
        String word = "crash" + IntStream.range(0, 10)
                .mapToObj(i -> String.valueOf((char) ThreadLocalRandom.current().nextInt('a', 'z' + 1)))
                .reduce("", String::concat);
        Reply topic = member.api().post(FORUM + "topics", "{\"category\":" + category
                + ",\"title\":\"Writing until the crash\",\"body\":\"The replies below carry the word " + word + "\"}");
        assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
        return new ReplyWriter(member.api(), topic.json().getJsonNumber("id").longValue(), word);
    }

    /** The writer's topic, where its replies go. */
    long topic() {
        return topic;
    }

    /** Replies until {@code done}, through the crash and the restart, telling {@code outage} how each went. */
    void replyUntil(AtomicBoolean done, Outage outage) {
        for (int n = 0; !done.get(); n++) {
            Instant sent = Instant.now();
            try {
                Reply reply = api.post(FORUM + "topics/" + topic + "/replies",
                        "{\"body\":\"Reply " + n + " carrying " + word + " through the crash\"}");
                if (reply.status() == 201) {
                    acknowledged.add(reply.json().getJsonNumber("id").longValue());
                    if (outage.succeeded(sent)) {
                        afterOutage.incrementAndGet();
                    }
                    PayaraDomain.sleep(outage.pause());
                    continue;
                }
                refused.incrementAndGet();
                outage.failed("reply " + reply.status());
            } catch (UncheckedIOException e) {
                unanswered.incrementAndGet();
                outage.failed("reply unanswered");
            }
            PayaraDomain.sleep(RETRY);
        }
    }

    /** The replies answered 201. */
    static int acknowledged(List<ReplyWriter> writers) {
        return writers.stream().mapToInt(writer -> writer.acknowledged.size()).sum();
    }

    /** The replies answered 201 whose request was sent after the outage began. */
    static int afterOutage(List<ReplyWriter> writers) {
        return writers.stream().mapToInt(writer -> writer.afterOutage.get()).sum();
    }

    /** The replies answered with another status. */
    static int refused(List<ReplyWriter> writers) {
        return writers.stream().mapToInt(writer -> writer.refused.get()).sum();
    }

    /** The replies never answered (the connection broke or was refused). */
    static int unanswered(List<ReplyWriter> writers) {
        return writers.stream().mapToInt(writer -> writer.unanswered.get()).sum();
    }

    /** The acknowledged replies that {@code reader} cannot read: lost. */
    static Set<Long> unreadable(List<ReplyWriter> writers, Api reader) {
        Set<Long> unreadable = ConcurrentHashMap.newKeySet();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (ReplyWriter writer : writers) {
                for (long id : writer.acknowledged) {
                    threads.submit(() -> {
                        if (reader.get("api/v1/items/" + id).status() != 200) {
                            unreadable.add(id);
                        }
                    });
                }
            }
        }
        return unreadable;
    }

    /** The acknowledged replies that {@code reader}'s search still misses after {@code patience}. */
    static Set<Long> unsearchable(List<ReplyWriter> writers, Api reader, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Set<Long> missing = new HashSet<>();
        for (ReplyWriter writer : writers) {
            missing.addAll(writer.unsearchable(reader, deadline));
        }
        return missing;
    }

    private Set<Long> unsearchable(Api reader, Instant deadline) {
        Set<Long> missing;
        do {
            missing = new HashSet<>(acknowledged);
            missing.removeAll(searchIds(reader));
            if (missing.isEmpty()) {
                return missing;
            }
            PayaraDomain.sleep(Duration.ofSeconds(1));
        } while (Instant.now().isBefore(deadline));
        return missing;
    }

    private Set<Long> searchIds(Api reader) {
        Set<Long> ids = new HashSet<>();
        for (int offset = 0; ; offset += 100) {
            Reply page = reader.get("api/v1/search?q=" + word + "&order=newest&limit=100&facets=false&snippets=false"
                    + "&offset=" + offset);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            List<JsonObject> hits = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
            hits.forEach(hit -> ids.add(hit.getJsonNumber("id").longValue()));
            if (hits.size() < 100) {
                return ids;
            }
        }
    }
}

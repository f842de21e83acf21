package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A post answered 201 survives a crash: 16 members reply as fast as the server lets them for 40 s,
 * the server process is killed with SIGKILL at 15 s and started again while they keep trying, and
 * afterwards every acknowledged reply is read back over REST and found by search. It prints the
 * figures: replies acknowledged, lost, and the downtime the writers saw (first failure to first
 * success after the restart). It drives a Payara domain of its own (not Arquillian's),
 * on the database the environment names, so the build runs it once on H2 and once on PostgreSQL.
 */
class CrashIT {

    private static final String FORUM = "api/v1/forum/";
    private static final int WRITERS = 16;
    private static final Duration WRITING = Duration.ofSeconds(40);
    private static final Duration KILL_AT = Duration.ofSeconds(15);
    private static final Duration AFTER_RESTART = Duration.ofSeconds(5);
    /** Between a writer's failed attempts while the server is down, so they do not starve its restart of CPU. */
    private static final Duration RETRY = Duration.ofMillis(200);
    private static final Duration SEARCHABLE = Duration.ofSeconds(60);

    private static PayaraDomain domain;

    @BeforeAll
    static void startServer() {
        Path folder = Path.of(System.getProperty("symbiose.crash.folder"));
        Folders.delete(folder);
        domain = new PayaraDomain(Path.of(System.getProperty("payara.home")), folder.resolve("domains"),
                Map.of("SYMBIOSE_DATA", folder.resolve("data").toString()));
        domain.start();
        domain.deploy(Path.of(System.getProperty("symbiose.ear")));
        domain.awaitReady();
    }

    @AfterAll
    static void stopServer() {
        if (domain != null) {
            domain.close();
        }
    }

    @Test
    void everyAcknowledgedReplySurvivesAKilledServer() throws Exception {
        Api admin = Accounts.admin().api();
        for (String setting : List.of("forum.posts-per-minute", "forum.newcomer-posts-per-minute")) {
            Reply raised = admin.put("api/v1/admin/settings/" + setting, "{\"value\":\"9999\"}");
            assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        }
        Reply category = admin.post(FORUM + "categories", "{\"name\":\"Crash test\"}");
        assertThat(category.status()).as(category.toString()).isEqualTo(201);
        long categoryId = category.json().getJsonNumber("id").longValue();

        List<Writer> writers;
        try (ExecutorService threads = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<Writer>> ready = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                ready.add(threads.submit(() -> Writer.in(categoryId)));
            }
            writers = new ArrayList<>();
            for (Future<Writer> writer : ready) {
                writers.add(writer.get());
            }
        }

        Instant began = Instant.now();
        AtomicBoolean done = new AtomicBoolean();
        Outage outage = new Outage();
        Instant restarted;
        try (ExecutorService threads = Executors.newFixedThreadPool(WRITERS)) {
            writers.forEach(writer -> threads.submit(() -> writer.replyUntil(done, outage)));
            try {
                PayaraDomain.sleep(KILL_AT);
                outage.killed();
                domain.kill();
                domain.start();
                domain.awaitReady();
                restarted = Instant.now();
                // the writers go on for the whole run, and a while after the restart however late it came
                PayaraDomain.sleep(later(Duration.between(Instant.now(), began.plus(WRITING)), AFTER_RESTART));
            } finally {
                done.set(true);
            }
        }
        int acknowledged = writers.stream().mapToInt(writer -> writer.acknowledged.size()).sum();
        int refused = writers.stream().mapToInt(writer -> writer.refused.get()).sum();
        int unanswered = writers.stream().mapToInt(writer -> writer.unanswered.get()).sum();
        int afterRestart = writers.stream().mapToInt(writer -> writer.afterRestart.get()).sum();
        assertThat(acknowledged).as("replies answered 201").isGreaterThan(WRITERS * 10);
        assertThat(afterRestart).as("replies answered 201 after the restart").isPositive();

        Set<Long> unreadable = ConcurrentHashMap.newKeySet();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (Writer writer : writers) {
                for (long id : writer.acknowledged) {
                    threads.submit(() -> {
                        Reply read = admin.get("api/v1/items/" + id);
                        if (read.status() != 200) {
                            unreadable.add(id);
                        }
                    });
                }
            }
        }

        Set<Long> unsearchable = new HashSet<>();
        for (Writer writer : writers) {
            unsearchable.addAll(awaitSearchable(admin, writer));
        }
        System.out.printf("Crash on %s: %d replies acknowledged (%d after the restart), %d refused, %d unanswered;"
                + " lost %d, not found by search %d; downtime %s (first failure to first success after the restart),"
                + " restart took %s%n", database(), acknowledged, afterRestart, refused, unanswered, unreadable.size(),
                unsearchable.size(), outage.downtime(), Duration.between(outage.killedAt, restarted));
        assertThat(unreadable).as("of %d replies answered 201, those gone after the crash", acknowledged).isEmpty();
        assertThat(unsearchable).as("acknowledged replies that search does not find").isEmpty();
    }

    private static String database() {
        String url = System.getenv("SYMBIOSE_DB_URL");
        return url == null ? "H2" : url;
    }

    private static Duration later(Duration one, Duration other) {
        return one.compareTo(other) > 0 ? one : other;
    }

    /** The writer's acknowledged replies that search still misses after {@link #SEARCHABLE}. */
    private static Set<Long> awaitSearchable(Api admin, Writer writer) {
        Instant deadline = Instant.now().plus(SEARCHABLE);
        Set<Long> missing;
        do {
            missing = new HashSet<>(writer.acknowledged);
            missing.removeAll(searchIds(admin, writer.word));
            if (missing.isEmpty()) {
                return missing;
            }
            PayaraDomain.sleep(Duration.ofSeconds(1));
        } while (Instant.now().isBefore(deadline));
        return missing;
    }

    private static Set<Long> searchIds(Api admin, String word) {
        Set<Long> ids = new HashSet<>();
        for (int offset = 0; ; offset += 100) {
            Reply page = admin.get("api/v1/search?q=" + word + "&order=newest&limit=100&facets=false&snippets=false"
                    + "&offset=" + offset);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            List<JsonObject> hits = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
            hits.forEach(hit -> ids.add(hit.getJsonNumber("id").longValue()));
            if (hits.size() < 100) {
                return ids;
            }
        }
    }

    /** A member replying to a topic of their own; each reply carries a word only this writer uses. */
    private static final class Writer {

        private final Api api;
        private final long topic;
        private final String word;
        private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger unanswered = new AtomicInteger();
        private final AtomicInteger afterRestart = new AtomicInteger();

        private Writer(Api api, long topic, String word) {
            this.api = api;
            this.topic = topic;
            this.word = word;
        }

        static Writer in(long category) {
            Accounts.Account member = Accounts.member("Writer");
            String word = "crash" + IntStream.range(0, 10)
                    .mapToObj(i -> String.valueOf((char) ThreadLocalRandom.current().nextInt('a', 'z' + 1)))
                    .reduce("", String::concat);
            Reply topic = member.api().post(FORUM + "topics", "{\"category\":" + category
                    + ",\"title\":\"Writing until the crash\",\"body\":\"The replies below carry the word " + word + "\"}");
            assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
            return new Writer(member.api(), topic.json().getJsonNumber("id").longValue(), word);
        }

        /**
         * Replies until {@code done}, through the crash and the restart: only a 201 acknowledges a
         * reply; a refusal or a request the dying server never answered proves nothing.
         */
        void replyUntil(AtomicBoolean done, Outage outage) {
            for (int n = 0; !done.get(); n++) {
                Instant sent = Instant.now();
                try {
                    Reply reply = api.post(FORUM + "topics/" + topic + "/replies",
                            "{\"body\":\"Reply " + n + " carrying " + word + " through the crash\"}");
                    if (reply.status() == 201) {
                        acknowledged.add(reply.json().getJsonNumber("id").longValue());
                        if (outage.succeeded(sent)) {
                            afterRestart.incrementAndGet();
                        }
                        continue;
                    }
                    refused.incrementAndGet();
                } catch (UncheckedIOException e) {
                    unanswered.incrementAndGet();
                }
                outage.failed();
                PayaraDomain.sleep(RETRY);
            }
        }
    }

    /** When writes stopped succeeding and when they succeeded again, as the writers saw it. */
    private static final class Outage {

        private volatile Instant killedAt;
        private final AtomicReference<Instant> firstFailure = new AtomicReference<>();
        private final AtomicReference<Instant> firstSuccess = new AtomicReference<>();

        void killed() {
            killedAt = Instant.now();
        }

        void failed() {
            if (killedAt != null) {
                firstFailure.compareAndSet(null, Instant.now());
            }
        }

        /** Records a success of a request sent at {@code sent}; whether it came after the outage. */
        boolean succeeded(Instant sent) {
            Instant failure = firstFailure.get();
            if (failure == null || sent.isBefore(failure)) {
                return false;
            }
            firstSuccess.compareAndSet(null, Instant.now());
            return true;
        }

        Duration downtime() {
            Instant failure = firstFailure.get();
            Instant success = firstSuccess.get();
            return failure == null || success == null ? null : Duration.between(failure, success);
        }
    }
}

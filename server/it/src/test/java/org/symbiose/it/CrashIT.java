package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A post answered 201 survives a crash: 16 members reply as fast as the server lets them for 40 s,
 * the server process is killed with SIGKILL at 15 s and started again while they keep trying, and
 * afterwards every acknowledged reply is read back over REST and found by search. It prints the
 * figures: replies acknowledged, lost, and the downtime the writers saw (first failure to first
 * success after the restart). It drives a Payara domain of its own (not Arquillian's), on the
 * database the environment names, so the build runs it once on H2 and once on PostgreSQL.
 */
class CrashIT {

    private static final int WRITERS = 16;
    private static final Duration WRITING = Duration.ofSeconds(40);
    private static final Duration KILL_AT = Duration.ofSeconds(15);
    private static final Duration AFTER_RESTART = Duration.ofSeconds(5);
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
        Reply category = admin.post("api/v1/forum/categories", "{\"name\":\"Crash test\"}");
        assertThat(category.status()).as(category.toString()).isEqualTo(201);
        List<ReplyWriter> writers = ReplyWriter.in(category.json().getJsonNumber("id").longValue(), WRITERS);

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
        int acknowledged = ReplyWriter.acknowledged(writers);
        Set<Long> lost = ReplyWriter.unreadable(writers, admin);
        Set<Long> unsearchable = ReplyWriter.unsearchable(writers, admin, SEARCHABLE);
        System.out.printf("Crash on %s: %d replies acknowledged (%d after the restart), %d refused, %d unanswered;"
                + " lost %d, not found by search %d; downtime %s (first failure to first success after the restart),"
                + " restart %s%n", database(), acknowledged, ReplyWriter.afterOutage(writers), ReplyWriter.refused(writers),
                ReplyWriter.unanswered(writers), lost.size(), unsearchable.size(), outage.downtime(),
                Duration.between(outage.killedAt(), restarted));
        assertThat(acknowledged).as("replies answered 201").isGreaterThanOrEqualTo(WRITERS);
        assertThat(ReplyWriter.afterOutage(writers)).as("replies answered 201 after the restart").isPositive();
        assertThat(lost).as("of %d replies answered 201, those gone after the crash", acknowledged).isEmpty();
        assertThat(unsearchable).as("acknowledged replies that search does not find").isEmpty();
    }

    private static String database() {
        String url = System.getenv("SYMBIOSE_DB_URL");
        return url == null ? "H2" : url;
    }

    private static Duration later(Duration one, Duration other) {
        return one.compareTo(other) > 0 ? one : other;
    }
}

package org.symbiose.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.core.TestDatabase;
import org.symbiose.core.persistence.LocalTransaction;

/**
 * Plugins' counters and records written by several writers at once, as two nodes do: every
 * increment counts, and a record is never replaced by an older one.
 */
class PluginRecordsTest {

    private static final int WRITERS = 4;
    private static final int INCREMENTS_EACH = 200;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void concurrentIncrementsAllCount(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "plugin-records-increments")) {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < INCREMENTS_EACH; i++) {
                        write(database, records -> records.increment("forum", "views", "42", 1));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            writers.shutdown();

            long count = write(database, records -> records.count("forum", "views", "42"));
            assertThat(count).isEqualTo((long) WRITERS * INCREMENTS_EACH);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anOlderRecordNeverReplacesANewerOne(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "plugin-records-newer")) {
            Instant earlier = Instant.parse("2026-01-01T10:00:00Z");
            Instant later = earlier.plusSeconds(5);

            boolean first = write(database, records -> records.putIfNewer("forum", "read", "1:2", Map.of("at", "later"), later));
            boolean older = write(database, records -> records.putIfNewer("forum", "read", "1:2", Map.of("at", "earlier"), earlier));
            Optional<Map<String, Object>> kept = write(database, records -> records.get("forum", "read", "1:2"));
            boolean newer = write(database, records -> records.putIfNewer("forum", "read", "1:2", Map.of("at", "latest"),
                    later.plusSeconds(1)));
            Optional<Map<String, Object>> last = write(database, records -> records.get("forum", "read", "1:2"));

            assertThat(first).isTrue();
            assertThat(older).isFalse();
            assertThat(kept).contains(Map.of("at", "later"));
            assertThat(newer).isTrue();
            assertThat(last).contains(Map.of("at", "latest"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void ofWritersClaimingOneKeyAtOnceExactlyOneWins(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "plugin-records-claims")) {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int round = 0; round < 20; round++) {
                String key = "7:" + round;
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    claims.add(writers.submit(() -> claim(database, Clock.systemUTC(), key, Duration.ofMinutes(10))));
                }
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get() ? 1 : 0;
                }
                assertThat(won).as("round " + round).isEqualTo(1);
            }
            writers.shutdown();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aStaleRecordCountsAsAbsentAndOldOnesAreRemoved(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "plugin-records-stale")) {
            Instant start = Instant.parse("2026-01-01T10:00:00Z");
            Duration kept = Duration.ofMinutes(10);
            Clock early = Clock.fixed(start, ZoneOffset.UTC);
            Clock inside = Clock.fixed(start.plus(kept).minusSeconds(1), ZoneOffset.UTC);
            Clock after = Clock.fixed(start.plus(kept).plusSeconds(1), ZoneOffset.UTC);

            boolean first = claim(database, early, "1:a", kept);
            boolean again = claim(database, inside, "1:a", kept);
            boolean later = claim(database, after, "1:a", kept);
            once(database, early, records -> records.increment("forum", "rate", "1:100", 1));
            claim(database, early, "1:b", kept);
            int removed = once(database, after, records -> records.deleteOlderThan("forum", "posted", kept));
            Optional<Map<String, Object>> kept1a = once(database, after, records -> records.get("forum", "posted", "1:a"));
            long counter = once(database, after, records -> records.count("forum", "rate", "1:100"));

            assertThat(first).isTrue();
            assertThat(again).as("stored 9:59 ago").isFalse();
            assertThat(later).as("stored 10:01 ago").isTrue();
            assertThat(removed).as("1:b only: 1:a was stored again, the counter is in another collection").isEqualTo(1);
            assertThat(kept1a).isPresent();
            assertThat(counter).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void incrementsOfABatchCountWithTheCallersTransactionOrNotAtAll(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "plugin-records-batch")) {
            once(database, records -> records.increment("forum", "replies", "1", 2));
            once(database, records -> {
                records.incrementAll("forum", "replies", Map.of("1", 9L, "2", 9L));
                return null;
            });
            long first = once(database, records -> records.count("forum", "replies", "1"));
            long second = once(database, records -> records.count("forum", "replies", "2"));
            assertThatThrownBy(() -> once(database, records -> {
                records.incrementAll("forum", "replies", Map.of("1", 5L, "3", 5L));
                throw new IllegalStateException("the batch failed");
            })).hasMessageContaining("the batch failed");
            long afterFailure = once(database, records -> records.count("forum", "replies", "1"));
            long neverCounted = once(database, records -> records.count("forum", "replies", "3"));

            assertThat(first).as("added to an existing counter").isEqualTo(11);
            assertThat(second).as("a new counter").isEqualTo(9);
            assertThat(afterFailure).as("rolled back with the caller").isEqualTo(11);
            assertThat(neverCounted).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void claimsWithinTheWritersTransactionsLetExactlyOneWinAndARollbackGivesTheKeyBack(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "plugin-records-claims-within")) {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int round = 0; round < 10; round++) {
                String key = "7:" + round;
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    // the claim, then the rest of a write: the others wait on the claimed row meanwhile
                    claims.add(writers.submit(() -> claimWithin(database, key, () -> pause(20))));
                }
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get() ? 1 : 0;
                }
                assertThat(won).as("round " + round).isEqualTo(1);
            }
            writers.shutdown();

            boolean rolledBack = claimWithin(database, "8:x", () -> {
                throw new IllegalStateException("the write fails");
            });
            boolean afterRollback = claimWithin(database, "8:x", () -> { });
            boolean again = claimWithin(database, "8:x", () -> { });
            assertThat(rolledBack).isFalse();
            assertThat(afterRollback).as("the failed write's claim went with it").isTrue();
            assertThat(again).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void additionsWithinTheWritersTransactionsAllCountAndARollbackTakesOneBack(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "plugin-records-add-within")) {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < INCREMENTS_EACH / 4; i++) {
                        addWithin(database, "1:100", 1, false);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            writers.shutdown();
            addWithin(database, "1:100", 1, true);

            long count = once(database, records -> records.count("forum", "rate", "1:100"));
            assertThat(count).isEqualTo((long) WRITERS * (INCREMENTS_EACH / 4));
        }
    }

    /**
     * A claim within a write's transaction, as the plugins' view of the records makes it, then the
     * rest of the write: whether the claim was made and the write committed.
     */
    private static boolean claimWithin(TestDatabase database, String key, Runnable rest) {
        try {
            return once(database, records -> {
                if (!records.claim("forum", "posted", key, Map.of(), Duration.ofMinutes(10))) {
                    return false;
                }
                rest.run();
                return true;
            });
        } catch (RuntimeException lostOrFailed) {
            return false;
        }
    }

    /** An addition within a write's transaction, as the plugins' view of the records makes it. */
    private static void addWithin(TestDatabase database, String key, long delta, boolean rollBack) {
        try {
            once(database, records -> {
                if (records.add("forum", "rate", key, delta).isEmpty()) {
                    write(database, created -> created.increment("forum", "rate", key, 0));
                    records.add("forum", "rate", key, delta).orElseThrow();
                }
                if (rollBack) {
                    throw new IllegalStateException("the write fails");
                }
                return null;
            });
        } catch (IllegalStateException failed) {
            // rolled back as asked
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A claim as the plugins' view of the records makes it: an insert, and if the key is taken, a replace if stale. */
    private static boolean claim(TestDatabase database, Clock clock, String key, Duration kept) {
        try {
            once(database, clock, records -> {
                records.insert("forum", "posted", key, Map.of());
                return null;
            });
            return true;
        } catch (RuntimeException taken) {
            return once(database, clock, records -> records.replaceIfStale("forum", "posted", key, Map.of(), kept));
        }
    }

    /** One transaction; a lost race for a new row is tried again, as the plugins' view of the records does. */
    private static <T> T write(TestDatabase database, Function<PluginRecords, T> work) {
        try {
            return once(database, work);
        } catch (RuntimeException e) {
            return once(database, work);
        }
    }

    private static <T> T once(TestDatabase database, Function<PluginRecords, T> work) {
        return once(database, Clock.systemUTC(), work);
    }

    private static <T> T once(TestDatabase database, Clock clock, Function<PluginRecords, T> work) {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        try {
            return LocalTransaction.run(em, () -> work.apply(new PluginRecords(em, clock)));
        } finally {
            em.close();
        }
    }
}

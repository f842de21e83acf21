package org.symbiose.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.symbiose.api.cache.SharedCache;

/**
 * Two real Hazelcast members in this JVM, joined over TCP/IP on 127.0.0.1, each with the caches of
 * one node: what one node invalidates is gone from the other within a second, after commit only.
 */
class ClusterCachesTest {

    private static final int FIRST_PORT = 5801;
    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static HazelcastInstance member1;
    private static HazelcastInstance member2;
    private static ExecutorService background;
    private static OneTransaction transaction1;
    private static ClusterCaches node1;
    private static ClusterCaches node2;

    @BeforeAll
    static void startCluster() {
        member1 = Hazelcast.newHazelcastInstance(config(FIRST_PORT));
        member2 = Hazelcast.newHazelcastInstance(config(FIRST_PORT + 1));
        assertThat(member2.getCluster().getMembers()).hasSize(2);
        background = Executors.newFixedThreadPool(2);
        transaction1 = new OneTransaction();
        node1 = new ClusterCaches(Optional.of(member1), transaction1, background);
        node2 = new ClusterCaches(Optional.of(member2), null, background);
    }

    @AfterAll
    static void stopCluster() {
        node1.stop();
        node2.stop();
        background.shutdownNow();
        Hazelcast.shutdownAll();
    }

    @Test
    void anInvalidationOnOneNodeDropsTheValueOnTheOtherWithinASecond() throws InterruptedException {
        SharedCache<Long, String> on1 = node1.cache("reach", 10);
        SharedCache<Long, String> on2 = node2.cache("reach", 10);
        on1.get(7L, id -> "old");
        on2.get(7L, id -> "old");

        long start = System.nanoTime();
        on1.invalidate(7L);

        assertThat(on1.get(7L, id -> "new")).as("dropped here at once").isEqualTo("new");
        assertThat(eventually(() -> "new".equals(on2.get(7L, id -> "new")))).isTrue();
        System.out.printf("invalidation reached the other node in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void aWeighedCacheKeepsWhatFitsItsBudgetAndDropsTheRest() {
        SharedCache<Integer, String> weighed = node1.weighedCache("weighed", 10_000, String::length);
        for (int i = 0; i < 100; i++) {
            weighed.get(i, key -> "x".repeat(1_000));
        }
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            weighed.get(i, key -> {
                loads.incrementAndGet();
                return "x".repeat(1_000);
            });
        }
        // ten values of 1,000 fit in 10,000: at least ninety of the hundred were loaded again
        assertThat(loads.get()).isGreaterThanOrEqualTo(90);
        assertThat(weighed.get(500, key -> "small")).isEqualTo("small");
    }

    @Test
    void clearingOnOneNodeEmptiesTheCacheOnTheOther() throws InterruptedException {
        SharedCache<String, String> on1 = node1.cache("cleared", 10);
        SharedCache<String, String> on2 = node2.cache("cleared", 10);
        on2.get("a", key -> "old");
        on2.get("b", key -> "old");

        on1.clear();

        assertThat(eventually(() -> "new".equals(on2.get("a", key -> "new")) && "new".equals(on2.get("b", key -> "new"))))
                .isTrue();
    }

    @Test
    void nothingIsSentBeforeTheTransactionCommits() throws InterruptedException {
        SharedCache<Long, String> on1 = node1.cache("after-commit", 10);
        SharedCache<Long, String> on2 = node2.cache("after-commit", 10);
        on2.get(1L, id -> "old");
        on2.get(2L, id -> "old");

        transaction1.begin();
        on1.invalidate(1L);
        on1.invalidate(2L);
        Thread.sleep(WITHIN.toMillis() + 200);
        assertThat(on2.get(1L, id -> "new")).as("still there before commit").isEqualTo("old");
        transaction1.commit();

        assertThat(eventually(() -> "new".equals(on2.get(1L, id -> "new")) && "new".equals(on2.get(2L, id -> "new"))))
                .isTrue();
    }

    @Test
    void nothingIsSentWhenTheTransactionRollsBack() throws InterruptedException {
        SharedCache<Long, String> on1 = node1.cache("rolled-back", 10);
        SharedCache<Long, String> on2 = node2.cache("rolled-back", 10);
        on2.get(1L, id -> "old");

        transaction1.begin();
        on1.invalidate(1L);
        transaction1.rollback();
        Thread.sleep(WITHIN.toMillis() + 200);

        assertThat(on2.get(1L, id -> "new")).isEqualTo("old");
    }

    @Test
    void aLoadThatOverlappedAnInvalidationIsReturnedButNotKept() throws Exception {
        SharedCache<Long, String> on1 = node1.cache("overlap", 10);
        SharedCache<Long, String> on2 = node2.cache("overlap", 10);
        on2.get(2L, id -> "old");
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch invalidated = new CountDownLatch(1);
        CompletableFuture<String> slowLoad = CompletableFuture.supplyAsync(() -> on2.get(1L, id -> {
            loading.countDown();
            await(invalidated);
            return "read before the change";
        }), background);
        assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();

        on1.invalidate(1L);
        on1.invalidate(2L);
        // messages from one member arrive in order: once 2 is gone, so was 1
        assertThat(eventually(() -> "new".equals(on2.get(2L, id -> "new")))).isTrue();
        invalidated.countDown();

        assertThat(slowLoad.get(5, TimeUnit.SECONDS)).isEqualTo("read before the change");
        assertThat(on2.get(1L, id -> "after the change")).isEqualTo("after the change");
    }

    @Test
    void aMemberJoiningClearsEveryNode() throws InterruptedException {
        SharedCache<Long, String> on1 = node1.cache("membership", 10);
        SharedCache<Long, String> on2 = node2.cache("membership", 10);
        on1.get(1L, id -> "old");
        on2.get(1L, id -> "old");

        HazelcastInstance member3 = Hazelcast.newHazelcastInstance(config(FIRST_PORT + 2));
        try {
            assertThat(eventually(() -> "new".equals(on1.get(1L, id -> "new")) && "new".equals(on2.get(1L, id -> "new"))))
                    .isTrue();
            on1.get(1L, id -> "again");
        } finally {
            member3.shutdown();
        }
        assertThat(eventually(() -> "gone".equals(on1.get(1L, id -> "gone")))).as("and one leaving").isTrue();
    }

    @Test
    void aNodeWithoutGridKeepsItsValuesAndLoadsInTheBackground() throws InterruptedException {
        ClusterCaches alone = new ClusterCaches(Optional.empty(), null, background);
        SharedCache<Long, String> cache = alone.cache("alone", 2);
        AtomicInteger loads = new AtomicInteger();

        assertThat(cache.getLater(1L, id -> "loaded " + loads.incrementAndGet())).isEmpty();
        assertThat(eventually(() -> cache.getLater(1L, id -> "again").isPresent())).isTrue();
        assertThat(cache.get(1L, id -> "again")).isEqualTo("loaded 1");

        cache.invalidate(1L);
        assertThat(cache.get(1L, id -> "after")).isEqualTo("after");
    }

    @Test
    void backgroundLoadsRunOneAtATimeAndLeaveTheCoresMostlyToReads() throws InterruptedException {
        ClusterCaches alone = new ClusterCaches(Optional.empty(), null, background);
        SharedCache<Long, String> cache = alone.cache("paced", 10);
        AtomicInteger loads = new AtomicInteger();
        Function<Long, String> slow = id -> {
            loads.incrementAndGet();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "slow " + id;
        };

        cache.getLater(1L, slow);
        assertThat(cache.getLater(2L, slow)).as("while one loads").isEmpty();
        assertThat(eventually(() -> cache.getLater(1L, slow).isPresent())).isTrue();
        assertThat(cache.getLater(2L, slow)).as("just after: three times the load's time of quiet").isEmpty();
        assertThat(loads).hasValue(1);
        assertThat(eventually(() -> cache.getLater(2L, slow).isPresent())).as("then").isTrue();
        assertThat(loads).hasValue(2);
    }

    @Test
    void pluginsHaveTheirOwnNameSpaceAndTheirCachesGoWhenTheyStop() {
        PluginCaches forum = node1.forPlugin("forum");
        SharedCache<Long, String> theirs = forum.cache("topics", 10);
        SharedCache<Long, String> core = node1.cache("topics", 10);
        theirs.get(1L, id -> "forum's");

        assertThat(core.get(1L, id -> "core's")).isEqualTo("core's");
        forum.close();
        assertThat(node1.forPlugin("forum").<Long, String>cache("topics", 10).get(1L, id -> "fresh")).isEqualTo("fresh");
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Config config(int port) {
        Config config = new Config();
        config.setClusterName("symbiose-cache-test");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (int p = FIRST_PORT; p < FIRST_PORT + 3; p++) {
            join.getTcpIpConfig().addMember("127.0.0.1:" + p);
        }
        return config;
    }
}

package org.symbiose.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        watchdog.shutdownNow();
        Thread.interrupted();
    }

    @Test
    void overdueWorkIsInterruptedAndTheThreadLeavesClean() throws InterruptedException {
        CountDownLatch reported = new CountDownLatch(1);
        try (Deadline deadline = Deadline.start(watchdog, Duration.ofMillis(20), reported::countDown)) {
            assertThatThrownBy(() -> Thread.sleep(10_000)).isInstanceOf(InterruptedException.class);
        }
        assertThat(reported.await(5, TimeUnit.SECONDS)).as("overdue reported").isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anInterruptFiredAsTheWorkEndsNeverReachesTheThreadsNextUse() throws InterruptedException {
        CountDownLatch overdue = new CountDownLatch(1);
        CountDownLatch workEnded = new CountDownLatch(1);
        // the watchdog fires, and while it records the overdue request, the request ends
        Deadline deadline = Deadline.start(watchdog, Duration.ofMillis(1), () -> {
            overdue.countDown();
            awaitQuietly(workEnded);
        });
        assertThat(overdue.await(5, TimeUnit.SECONDS)).isTrue();
        deadline.close();
        workEnded.countDown();
        watchdog.shutdown();
        assertThat(watchdog.awaitTermination(5, TimeUnit.SECONDS)).as("the watchdog finished its work").isTrue();

        // the next request on this (pooled) thread
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag left for the next request").isFalse();
        Thread.sleep(20);
    }

    @Test
    void workThatEndsInTimeIsNeverInterrupted() throws InterruptedException {
        try (Deadline deadline = Deadline.start(watchdog, Duration.ofMillis(50), () -> { })) {
            Thread.sleep(5);
        }
        Thread.sleep(100);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.symbiose.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** Transactions over a list: a work's writes are staged and kept only if the transaction commits. */
    static final class Ledger implements GroupCommit.Transactions {
        final List<String> kept = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        private final ThreadLocal<List<String>> staged = new ThreadLocal<>();
        volatile boolean failNextCommit;
        volatile boolean failNextSharedCommit;
        volatile CountDownLatch firstBatchHeld;
        volatile CountDownLatch firstCommitHeld;

        @Override
        public void inNew(Runnable work) {
            List<String> writes = new ArrayList<>();
            staged.set(writes);
            try {
                CountDownLatch hold = firstBatchHeld;
                if (hold != null) {
                    firstBatchHeld = null;
                    await(hold);
                }
                work.run();
                CountDownLatch commit = firstCommitHeld;
                if (commit != null) {
                    firstCommitHeld = null;
                    await(commit);
                }
                if (failNextCommit || failNextSharedCommit && writes.size() > 1) {
                    failNextCommit = false;
                    failNextSharedCommit = false;
                    throw new IllegalStateException("commit failed");
                }
                batches.add(writes.size());
                kept.addAll(writes);
            } finally {
                staged.remove();
            }
        }

        String write(String value) {
            staged.get().add(value);
            return value;
        }
    }

    private final Ledger ledger = new Ledger();
    private final GroupCommit groupCommit = new GroupCommit(ledger);

    @Test
    void aLoneCallerCommitsItsOwnWork() {
        assertThat(groupCommit.run(() -> ledger.write("a"))).isEqualTo("a");
        assertThat(ledger.kept).containsExactly("a");
        assertThat(ledger.batches).containsExactly(1);
    }

    @Test
    void callersArrivingTogetherShareATransactionAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(17);
        try {
            Future<String> first = firstHeldUntil(release, callers, groupCommit);
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String value = "v" + i;
                others.add(callers.submit(() -> groupCommit.run(() -> ledger.write(value))));
            }
            Thread.sleep(200);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            for (int i = 0; i < 16; i++) {
                assertThat(others.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("v" + i);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(ledger.kept).hasSize(17);
        // the first alone, then the sixteen queued meanwhile in one transaction
        assertThat(ledger.batches).containsExactlyInAnyOrder(1, 16);
    }

    @Test
    void aRefusedWorkFailsAloneAndLeavesNothingWhileTheOthersAreKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = firstHeldUntil(release, callers, groupCommit);
            Future<String> before = callers.submit(() -> groupCommit.run(() -> ledger.write("before")));
            Thread.sleep(50);
            Future<String> refused = callers.submit(() -> groupCommit.run(() -> {
                ledger.write("half-written");
                throw new IllegalArgumentException("refused");
            }));
            Thread.sleep(50);
            Future<String> after = callers.submit(() -> groupCommit.run(() -> ledger.write("after")));
            Thread.sleep(100);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo("before");
            assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo("after");
            assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                    .hasRootCauseMessage("refused");
        } finally {
            callers.shutdownNow();
        }
        assertThat(ledger.kept).containsExactlyInAnyOrder("first", "before", "after");
    }

    @Test
    void aFailedCommitRunsEachWorkAgainAloneAndHandsOutOnlyCommittedResults() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ledger.failNextSharedCommit = true;
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = firstHeldUntil(release, callers, groupCommit);
            Future<String> a = callers.submit(() -> groupCommit.run(() -> ledger.write("a")));
            Future<String> b = callers.submit(() -> groupCommit.run(() -> ledger.write("b")));
            Thread.sleep(100);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo("a");
            assertThat(b.get(10, TimeUnit.SECONDS)).isEqualTo("b");
        } finally {
            callers.shutdownNow();
        }
        // a and b's shared commit failed: each committed alone after it
        assertThat(ledger.batches).containsExactly(1, 1, 1);
        assertThat(ledger.kept).containsExactlyInAnyOrder("first", "a", "b");
    }

    @Test
    void theNextBatchRunsItsWorksWhileThePreviousOneCommits() throws Exception {
        CountDownLatch commit = new CountDownLatch(1);
        ledger.firstCommitHeld = commit;
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = callers.submit(() -> groupCommit.run(() -> ledger.write("first")));
            for (int i = 0; i < 500 && ledger.firstCommitHeld != null; i++) {
                Thread.sleep(10);
            }
            assertThat(ledger.firstCommitHeld).as("the first batch is committing").isNull();
            // the first commit is held: the second batch runs and commits meanwhile
            assertThat(callers.submit(() -> groupCommit.run(() -> ledger.write("second"))).get(10, TimeUnit.SECONDS))
                    .isEqualTo("second");
            assertThat(first).isNotDone();
            commit.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        } finally {
            callers.shutdownNow();
        }
        assertThat(ledger.kept).containsExactly("second", "first");
    }

    @Test
    void unbatchedEachWorkIsATransactionOfItsOwnAtOnce() throws Exception {
        GroupCommit alone = GroupCommit.unbatched(ledger);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = firstHeldUntil(release, callers, alone);
            // the first is held in its transaction: the second does not wait for it
            assertThat(callers.submit(() -> alone.run(() -> ledger.write("second"))).get(10, TimeUnit.SECONDS))
                    .isEqualTo("second");
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThatThrownBy(() -> alone.run(() -> {
                ledger.write("refused");
                throw new IllegalArgumentException("refused");
            })).hasMessage("refused");
        } finally {
            callers.shutdownNow();
        }
        assertThat(ledger.batches).containsExactly(1, 1);
        assertThat(ledger.kept).containsExactly("second", "first");
    }

    @Test
    void theFailureOfALoneWorkIsItsCallers() {
        ledger.failNextCommit = true;
        assertThatThrownBy(() -> groupCommit.run(() -> ledger.write("lost"))).hasMessage("commit failed");
        assertThat(ledger.kept).isEmpty();
    }

    /** A first caller's work, held in its transaction until {@code release}, so that the next ones queue. */
    private Future<String> firstHeldUntil(CountDownLatch release, ExecutorService callers, GroupCommit commits)
            throws InterruptedException {
        ledger.firstBatchHeld = release;
        Future<String> first = callers.submit(() -> commits.run(() -> ledger.write("first")));
        waitUntilLeading();
        return first;
    }

    /** Until the first caller holds the leader's lock, inside its transaction. */
    private void waitUntilLeading() throws InterruptedException {
        for (int i = 0; i < 500 && ledger.firstBatchHeld != null; i++) {
            Thread.sleep(10);
        }
        assertThat(ledger.firstBatchHeld).isNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

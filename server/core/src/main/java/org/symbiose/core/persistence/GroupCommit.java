package org.symbiose.core.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Group commit: the small transactions of callers arriving together run as one, so that one
 * commit serves many writers. Each caller queues its work and waits for the leader's lock; whoever
 * holds it takes every work queued so far and runs them in one transaction, including the works of
 * those still waiting, who then find theirs taken and wait for its outcome. While a batch runs the
 * next one queues up, so batches grow with the load and a lone caller waits for nobody.
 *
 * <p>One batch runs its works at a time on a node, so that batches do not take each other's row
 * locks in opposite orders; the next one starts as soon as the works are done, while the previous
 * one commits: it may wait for a row that commit holds, and a commit waits for no lock, so the two
 * never wait for each other.
 *
 * <p>A batch that fails (a work refused, a lock timed out, the commit) is rolled back and each of
 * its works run again alone, so only a failing work fails; a result is handed out only once the
 * transaction that wrote it committed.
 *
 * <p>Worth it where commits are costly and one at a time, as H2's, which writes the pages each
 * commit changed; not where the database shares the flush of concurrent commits itself, as
 * PostgreSQL does, and running the works one after the other only queues them: there,
 * {@link #unbatched} runs each in its own transaction at once (bench/README.md, issue 16).
 */
public final class GroupCommit {

    /** Runs work in a transaction of its own: committed if it returns, rolled back if it throws. */
    @FunctionalInterface
    public interface Transactions {
        void inNew(Runnable work);
    }

    /** Most works in one transaction: a failed batch is run again one by one, which this bounds. */
    static final int MAX_BATCH = 64;

    private final Transactions transactions;
    private final boolean batched;
    /** Held while a batch runs its works (not while it commits). */
    private final ReentrantLock running = new ReentrantLock();
    private final Queue<Task<?>> queued = new ConcurrentLinkedQueue<>();

    public GroupCommit(Transactions transactions) {
        this(transactions, true);
    }

    private GroupCommit(Transactions transactions, boolean batched) {
        this.transactions = transactions;
        this.batched = batched;
    }

    /** Each work in a transaction of its own, at once: for a database that groups concurrent commits itself. */
    public static GroupCommit unbatched(Transactions transactions) {
        return new GroupCommit(transactions, false);
    }

    /** What {@code work} returned once it committed, or what it threw; see the class. */
    public <T> T run(Supplier<T> work) {
        Task<T> task = new Task<>(work);
        if (!batched) {
            runAlone(task);
            return task.outcome();
        }
        queued.add(task);
        while (true) {
            running.lock();
            if (task.taken) {
                running.unlock();
                return task.outcome();
            }
            // still queued: this caller leads the next batch (which releases the lock)
            runBatch(take());
        }
    }

    /** Up to {@link #MAX_BATCH} queued works, oldest first; called holding {@link #running}. */
    private List<Task<?>> take() {
        List<Task<?>> batch = new ArrayList<>();
        Task<?> next;
        while (batch.size() < MAX_BATCH && (next = queued.poll()) != null) {
            next.taken = true;
            batch.add(next);
        }
        return batch;
    }

    /** Runs the batch, releasing {@link #running} once its works are done, and hands out its outcomes. */
    private void runBatch(List<Task<?>> batch) {
        Object[] values = new Object[batch.size()];
        Throwable failure = null;
        try {
            transactions.inNew(() -> {
                try {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = batch.get(i).work.get();
                    }
                } finally {
                    running.unlock();
                }
            });
        } catch (Throwable shared) {
            failure = shared;
        }
        if (running.isHeldByCurrentThread()) {
            // the transaction did not even begin
            running.unlock();
        }
        if (failure == null) {
            for (int i = 0; i < values.length; i++) {
                batch.get(i).succeed(values[i]);
            }
        } else if (batch.size() == 1) {
            batch.get(0).fail(failure);
        } else {
            running.lock();
            try {
                batch.forEach(this::runAlone);
            } finally {
                running.unlock();
            }
        }
    }

    private void runAlone(Task<?> task) {
        Object[] value = new Object[1];
        try {
            transactions.inNew(() -> value[0] = task.work.get());
        } catch (Throwable failure) {
            // any failure, so that no waiting caller is left without an outcome
            task.fail(failure);
            return;
        }
        task.succeed(value[0]);
    }

    /** A caller's work, whether a batch took it (set under {@link #running}), and its outcome once known. */
    private static final class Task<T> {
        final Supplier<T> work;
        boolean taken;
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private Object value;
        private Throwable failure;

        Task(Supplier<T> work) {
            this.work = work;
        }

        void succeed(Object value) {
            this.value = value;
            done.complete(null);
        }

        void fail(Throwable failure) {
            this.failure = failure;
            done.complete(null);
        }

        @SuppressWarnings("unchecked")
        T outcome() {
            done.join();
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return (T) value;
        }
    }
}

package org.symbiose.web.rest;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A time limit on the work of the thread that starts it: once overdue, the overdue action runs
 * on the watchdog and the thread is interrupted. Closing it ends the limit for good: an interrupt
 * meant for this work never reaches the thread's next use (container threads are pooled), even
 * when the watchdog fires while the work is ending.
 */
final class Deadline implements AutoCloseable {

    private final Thread worker = Thread.currentThread();
    private final Runnable onOverdue;
    private final ScheduledFuture<?> overdue;
    /** Guarded by this: set once the work ended, after which the worker is never interrupted. */
    private boolean ended;

    private Deadline(ScheduledExecutorService watchdog, Duration limit, Runnable onOverdue) {
        this.onOverdue = onOverdue;
        this.overdue = watchdog.schedule(this::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Starts a limit on the calling thread's work; {@code onOverdue} runs on the watchdog when it passes. */
    static Deadline start(ScheduledExecutorService watchdog, Duration limit, Runnable onOverdue) {
        return new Deadline(watchdog, limit, onOverdue);
    }

    private void expire() {
        onOverdue.run();
        synchronized (this) {
            if (!ended) {
                worker.interrupt();
            }
        }
    }

    /** Ends the limit; on the worker thread, which leaves here with its interrupt flag clear. */
    @Override
    public void close() {
        overdue.cancel(false);
        synchronized (this) {
            ended = true;
            // the interrupt was for the plugin, not for the container's next use of this thread
            Thread.interrupted();
        }
    }
}

package org.symbiose.it;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the clients of a server saw while it was killed and started again: every failed request
 * and when, the first failure after the kill and the first success after that, whose distance is
 * the downtime.
 */
final class Outage {

    /** A failed request: when, and what came back. */
    record Failure(Instant at, String what) {
    }

    private final Instant began = Instant.now();
    private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Instant> firstFailure = new AtomicReference<>();
    private final AtomicReference<Instant> firstSuccess = new AtomicReference<>();
    private volatile Instant killedAt;
    private volatile Duration pause = Duration.ZERO;

    /** The server is about to be killed. */
    void killed() {
        killedAt = Instant.now();
    }

    /**
     * The killed server is starting again: from now on each client waits {@code between} after each
     * request. Through the kill the clients run flat out, so that writes are in flight when it comes;
     * kept flat out on two cores, they starved the restarting Payara, whose boot took 3 min 41 s there
     * instead of 48 s, near asadmin's own limit of 10 minutes.
     */
    void restarting(Duration between) {
        pause = between;
    }

    /** How long a client waits after each request: nothing until {@link #restarting}. */
    Duration pause() {
        return pause;
    }

    Instant killedAt() {
        return killedAt;
    }

    void failed(String what) {
        Instant now = Instant.now();
        failures.add(new Failure(now, what));
        if (killedAt != null) {
            firstFailure.compareAndSet(null, now);
        }
    }

    /** Records a success of a request sent at {@code sent}; whether it was sent after the outage began. */
    boolean succeeded(Instant sent) {
        Instant failure = firstFailure.get();
        if (failure == null || sent.isBefore(failure)) {
            return false;
        }
        firstSuccess.compareAndSet(null, Instant.now());
        return true;
    }

    /** From the first failure after the kill to the first success after it; zero if no request failed. */
    Duration downtime() {
        Instant failure = firstFailure.get();
        if (failure == null) {
            return Duration.ZERO;
        }
        Instant success = firstSuccess.get();
        return success == null ? null : Duration.between(failure, success);
    }

    int failures() {
        return failures.size();
    }

    /**
     * The failures before the kill or more than {@code window} after {@code dead} (when the killed
     * process was gone), as "second of the run: what".
     */
    List<String> outside(Instant dead, Duration window) {
        return failures.stream().filter(failure -> killedAt == null || failure.at().isBefore(killedAt)
                || failure.at().isAfter(dead.plus(window))).map(this::describe).toList();
    }

    /** When failures happened, relative to the start of the run, with what came back: for the figures. */
    String summary() {
        return failures.stream().map(this::describe).distinct().limit(20).toList().toString();
    }

    private String describe(Failure failure) {
        return Duration.between(began, failure.at()).toSeconds() + " s: " + failure.what();
    }
}

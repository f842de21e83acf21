package org.symbiose.plugins.forum;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes that can wait a few seconds (a view counted, a topic marked read), held in memory per
 * key, merged, and written every {@link #SECONDS} seconds on the server's threads, so that a read
 * does not write. Each round hands everything waiting to one write, so that it can go to the
 * database in one transaction rather than one per key (a commit per topic read was a tenth of the
 * server's CPU under reads spread over 10,000 topics). A crash loses what was not written yet;
 * stopping writes it. A round that fails is kept whole for the next one.
 *
 * @param <K> what is written to
 * @param <V> what is written
 */
final class WriteBehind<K, V> {

    /** How long a write may wait. */
    static final int SECONDS = 3;

    private static final Logger LOG = Logger.getLogger(WriteBehind.class.getName());

    private final ConcurrentMap<K, V> pending = new ConcurrentHashMap<>();
    private final BinaryOperator<V> merge;
    private final Consumer<Map<K, V>> write;
    private ScheduledFuture<?> task;

    /**
     * @param merge how a new value joins one still waiting (a sum of counts, the latest mark)
     * @param write writes a round: each key's merged value, all or none
     */
    WriteBehind(BinaryOperator<V> merge, Consumer<Map<K, V>> write) {
        this.merge = merge;
        this.write = write;
    }

    void add(K key, V value) {
        pending.merge(key, value, merge);
    }

    /** What waits to be written under {@code key}. */
    Optional<V> waiting(K key) {
        return Optional.ofNullable(pending.get(key));
    }

    synchronized void start(ScheduledExecutorService scheduler) {
        task = scheduler.scheduleWithFixedDelay(this::flush, SECONDS, SECONDS, TimeUnit.SECONDS);
    }

    /** Stops the rounds and writes what waits. */
    void stop() {
        synchronized (this) {
            if (task != null) {
                task.cancel(false);
            }
        }
        flush();
    }

    /** Writes what waits, taken out before it is written and put back if that fails. */
    synchronized void flush() {
        Map<K, V> round = new HashMap<>();
        for (K key : pending.keySet()) {
            V value = pending.remove(key);
            if (value != null) {
                round.put(key, value);
            }
        }
        if (round.isEmpty()) {
            return;
        }
        try {
            write.accept(round);
        } catch (RuntimeException e) {
            round.forEach((key, value) -> pending.merge(key, value, merge));
            LOG.log(Level.WARNING, "Could not write " + round.size() + " waiting values, trying again in " + SECONDS
                    + " s", e);
        }
    }
}

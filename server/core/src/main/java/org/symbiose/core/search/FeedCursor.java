package org.symbiose.core.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where one follower is in the change feed. Seqs are handed out at insert, not at commit, so a change with a
 * lower seq may become visible after a higher one was read: each hole below the highest seq read is kept as
 * a gap and looked for again until it fills or {@code wait} passes (a rolled-back change leaves a hole for
 * ever). Everything at or below {@link #settled()} is indexed or given up, which is what may be committed
 * with the index and reported as the node's position.
 */
final class FeedCursor {

    /** The most holes kept from one jump of the sequence: more than that cannot be in flight at once. */
    static final int MOST_GAPS = 10_000;

    private final Duration wait;
    private final NavigableMap<Long, Instant> gaps = new TreeMap<>();
    private long read;

    FeedCursor(long from, Duration wait) {
        this.read = from;
        this.wait = wait;
    }

    /** The highest seq read: the next changes come after it. */
    long read() {
        return read;
    }

    /** The gaps still worth looking for at {@code now}; those older than the wait are given up. */
    Set<Long> gaps(Instant now) {
        Instant oldest = now.minus(wait);
        gaps.values().removeIf(seen -> seen.isBefore(oldest));
        return Set.copyOf(gaps.keySet());
    }

    /** Records the seqs read after {@link #read()}, in order, and the gaps they leave; and the gaps that filled. */
    void advance(List<Long> after, List<Long> filled, Instant now) {
        filled.forEach(gaps::remove);
        for (long seq : after) {
            for (long hole = Math.max(read + 1, seq - MOST_GAPS); hole < seq; hole++) {
                gaps.put(hole, now);
            }
            read = Math.max(read, seq);
        }
    }

    /** Every change at or below this seq is indexed, or its hole was given up. */
    long settled() {
        return gaps.isEmpty() ? read : gaps.firstKey() - 1;
    }
}

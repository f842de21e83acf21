package org.symbiose.core.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The search index's part of a node's health.
 *
 * @param mode          following, replaying or rebuilding (see {@link IndexMode}); unavailable when the index
 *                      could not be opened
 * @param position      the last change of the feed this node's index holds
 * @param waiting       changes written and not in this node's index yet
 * @param secondsBehind how long ago the oldest of them was written, 0 when none waits
 */
public record IndexHealth(String mode, long position, long waiting, long secondsBehind) {

    /** The health of a node whose index could not be opened. */
    static final IndexHealth UNAVAILABLE = new IndexHealth("unavailable", 0, 0, 0);

    static IndexHealth of(IndexMode mode, long position, long waiting, Optional<Instant> oldestWaiting, Instant now) {
        long behind = oldestWaiting.map(written -> Math.max(0, Duration.between(written, now).toSeconds())).orElse(0L);
        return new IndexHealth(mode.name().toLowerCase(Locale.ROOT), position, waiting, behind);
    }
}

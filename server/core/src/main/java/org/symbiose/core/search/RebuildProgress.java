package org.symbiose.core.search;

import java.time.Instant;

/**
 * Where the last rebuild of the index from the database stands.
 *
 * @param running  whether it is under way
 * @param done     items indexed so far
 * @param total    items to index, counted at the start
 * @param started  when it started, or {@code null} if none ran since the server started
 * @param finished when it ended, or {@code null}
 * @param error    why it stopped early, or {@code null}
 */
public record RebuildProgress(boolean running, long done, long total, Instant started, Instant finished, String error) {

    static final RebuildProgress NONE = new RebuildProgress(false, 0, 0, null, null, null);
}

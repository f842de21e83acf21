package org.symbiose.core.task;

import java.time.Instant;

/**
 * A task of the cluster's schedule as an administrator sees it.
 *
 * @param name       its name in the cluster ({@code <plugin>:<name>} for a plugin's)
 * @param period     how often it runs, ISO-8601 ({@code PT24H})
 * @param runs       how many runs have finished, on any node
 * @param lastRun    when the last run finished; null before the first
 * @param lastNode   the node that ran it last; null before the first run
 * @param lastError  why the last run failed; null when it succeeded
 * @param nextDue    when it is due next
 * @param holder     the node running it now; null when none is
 * @param leaseUntil until when the holder's lease runs; null when none holds it
 */
public record TaskState(String name, String period, long runs, Instant lastRun, String lastNode, String lastError,
        Instant nextDue, String holder, Instant leaseUntil) {
}

package org.symbiose.core.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.IntConsumer;

/**
 * Work that waits for the current transaction's outcome: what other threads or nodes may act on
 * (listeners, cache invalidations) only once it is committed, and what must be undone when it is
 * not (a file written beside a rolled-back row).
 */
public final class TransactionOutcome {

    private TransactionOutcome() {
    }

    /** Runs {@code work} with the outcome's {@link Status} once the current transaction has completed. */
    public static void afterCompletion(TransactionSynchronizationRegistry transactions, IntConsumer work) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // only the outcome matters
            }

            @Override
            public void afterCompletion(int status) {
                work.accept(status);
            }
        });
    }

    /** Runs {@code work} once the current transaction has committed; never if it rolls back. */
    public static void afterCommit(TransactionSynchronizationRegistry transactions, Runnable work) {
        afterCompletion(transactions, status -> {
            if (status == Status.STATUS_COMMITTED) {
                work.run();
            }
        });
    }
}

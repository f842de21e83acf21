package org.symbiose.core.cache;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Function;
import org.symbiose.api.cache.SharedCache;

/**
 * A {@link SharedCache} of committed rows, read alike from inside and outside transactions.
 *
 * <p>Outside a transaction it is the shared cache. Inside one, a value the node has is used, but a
 * missing one is read in that transaction and not kept (the transaction may have changed the row,
 * and may yet roll back); the cache loads the committed one in the background. Once a transaction
 * has {@linkplain #changed changed} a row of this kind, it reads every one afresh until it ends.
 *
 * @param <K> the key, as {@link SharedCache} wants it
 * @param <V> the value, immutable
 */
public final class CommittedValues<K, V> {

    private final SharedCache<K, V> cache;
    private final Function<K, V> read;
    private final TransactionSynchronizationRegistry transactions;
    /** Marks, in a transaction's resources, that it changed rows of this kind. */
    private final Object changedHere = new Object();

    /**
     * @param read reads a key's value from the database, in the calling transaction if there is one
     */
    public CommittedValues(SharedCache<K, V> cache, Function<K, V> read, TransactionSynchronizationRegistry transactions) {
        this.cache = cache;
        this.read = read;
        this.transactions = transactions;
    }

    public V get(K key) {
        if (transactions.getTransactionKey() == null) {
            return cache.get(key, read);
        }
        if (transactions.getResource(changedHere) != null) {
            return read.apply(key);
        }
        return cache.getLater(key, read).orElseGet(() -> read.apply(key));
    }

    /** Drops the key's value on every node, and has the calling transaction read its own rows from now on. */
    public void changed(K key) {
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(changedHere, Boolean.TRUE);
        }
        cache.invalidate(key);
    }
}

package org.symbiose.core.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.util.function.Supplier;

/**
 * A transaction outside a container (tests, benchmarks), shaped like one request's in the
 * server: committed if the work returns, rolled back if it throws, with a fresh persistence
 * context afterwards.
 */
public final class LocalTransaction {

    private LocalTransaction() {
    }

    public static <T> T run(EntityManager em, Supplier<T> work) {
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.clear();
        }
    }
}

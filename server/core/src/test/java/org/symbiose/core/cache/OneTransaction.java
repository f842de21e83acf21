package org.symbiose.core.cache;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The registry of a server that runs one transaction at a time on the test's thread. */
final class OneTransaction implements TransactionSynchronizationRegistry {

    private Object key;
    private int status = Status.STATUS_NO_TRANSACTION;
    private final Map<Object, Object> resources = new HashMap<>();
    private final List<Synchronization> synchronizations = new ArrayList<>();

    void begin() {
        key = new Object();
        status = Status.STATUS_ACTIVE;
    }

    void commit() {
        end(Status.STATUS_COMMITTED);
    }

    void rollback() {
        end(Status.STATUS_ROLLEDBACK);
    }

    private void end(int outcome) {
        synchronizations.forEach(Synchronization::beforeCompletion);
        status = outcome;
        synchronizations.forEach(synchronization -> synchronization.afterCompletion(outcome));
        synchronizations.clear();
        resources.clear();
        key = null;
        status = Status.STATUS_NO_TRANSACTION;
    }

    @Override
    public Object getTransactionKey() {
        return key;
    }

    @Override
    public void putResource(Object resourceKey, Object value) {
        resources.put(resourceKey, value);
    }

    @Override
    public Object getResource(Object resourceKey) {
        return resources.get(resourceKey);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization synchronization) {
        synchronizations.add(synchronization);
    }

    @Override
    public int getTransactionStatus() {
        return status;
    }

    @Override
    public void setRollbackOnly() {
        status = Status.STATUS_MARKED_ROLLBACK;
    }

    @Override
    public boolean getRollbackOnly() {
        return status == Status.STATUS_MARKED_ROLLBACK;
    }
}

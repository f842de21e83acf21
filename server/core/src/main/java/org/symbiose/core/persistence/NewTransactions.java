package org.symbiose.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Group commit's transactions in the server: each batch in a JTA transaction of its own. */
@ApplicationScoped
public class NewTransactions implements GroupCommit.Transactions {

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void inNew(Runnable work) {
        work.run();
    }
}
